// mvn site with <siteTittle> and <paperDigest.baseUrl> (a user property written as an element) in the report's
// configuration. Maven ignores elements that name no parameter, so the site would have come out with the project's
// name as its title and no sitemap, and nothing in the log to say why: the build fails instead, naming both
// elements with their lines in pom.xml and the parameters they meant, and lists the parameters.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
def error = log =~ /(?m)^\[ERROR\] Failed to execute goal org\.apache\.maven\.plugins:maven-site-plugin:3\.21\.0:site \(default-site\) on project misspelt-parameter: Error generating paper-digest-maven-plugin:[^:]+:generate report: (.*)$/
assert error.find() : 'no [ERROR] line naming the failed report'
assert error.group(1) == "2 settings of the plugin name no parameter:"
// each with its line, where Maven tracks where a POM's elements were written (Maven 3 does; Maven 4 may not)
String at = mavenVersion.startsWith('3.') ? '' : '?'
assert log =~ /(?m)^\[ERROR\]   (pom\.xml:50: )${at}<siteTittle> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you mean <siteTitle>\?$/
assert log =~ /(?m)^\[ERROR\]   (pom\.xml:51: )${at}<paperDigest\.baseUrl> is no parameter of paper-digest-maven-plugin, so Maven ignores it; did you mean <baseUrl>\?$/
def parameters = log =~ /(?m)^\[ERROR\] The parameters are: (.*) \(mvn paper-digest:help -Ddetail describes them; each is also -DpaperDigest\.<parameter>\)/
assert parameters.find()
def listed = parameters.group(1).split(', ') as List
assert listed.containsAll(['baseUrl', 'digestDirectory', 'siteTitle', 'strict', 'menuLabel', 'port'])
// only what a user sets: not the help goal's, nor what Maven fills in
assert !listed.any { it in ['detail', 'goal', 'project', 'plugin', 'reportingDirectory', 'outputTimestamp'] }
// a failure of the input, before anything is read or written
assert log.contains('MojoFailureException') || log.contains('MavenReportException')
assert !(log =~ /(?m)^\[INFO\] Read \d+ papers?/)
File papers = new File(basedir, 'target/site/papers')
assert !papers.exists() || papers.list().length == 0
return true
