// The message of the paper-digest:generate goal's failure in an IT whose build must fail, from the [ERROR] line Maven
// prints for it (the project's artifactId is its folder's name): evaluate(new File(itSources, 'shared/...')) returns it.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
def error = log =~ /(?m)^\[ERROR\] Failed to execute goal io\.github\.paperdigest:paper-digest-maven-plugin:[^:]+:generate \(default-cli\) on project ${java.util.regex.Pattern.quote(basedir.name)}: (.*)$/
assert error.find() : 'no [ERROR] line naming the goal'
return error.group(1)
