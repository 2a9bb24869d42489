// src/digests/2024-06-03.txt line 9 is a title followed by another title: in strict mode (the default)
// the build fails, and Maven's error names the file, the line and the problem.
String log = new File(basedir, 'build.log').getText('UTF-8')
String problem = '2024-06-03.txt:9: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"' +
        ' has no abstract: a title must be followed by a blank line and its abstract'

assert log.contains('BUILD FAILURE')
// the format maven-site-plugin gives a failed report: "Error generating <plugin>:<version>:<goal> report: <message>"
def error = log =~ /(?m)^\[ERROR\] Failed to execute goal org\.apache\.maven\.plugins:maven-site-plugin:3\.21\.0:site \(default-site\) on project broken-digest: Error generating paper-digest-maven-plugin:[^:]+:generate report: (.*) -> \[Help 1\]$/
assert error.find() : 'no [ERROR] line naming the failed report'
assert error.group(1) == problem
assert error.group(1).contains('2024-06-03.txt') && error.group(1).contains(':9') && error.group(1).contains('has no abstract')
// the cause chain shown with -e ends in the plugin's own exception, with the same message (the engine built in a JVM
// of its own, and its failure came back as the engine's exception, with the step and the setting to fix)
assert log.contains('Caused by: io.github.paperdigest.model.PaperDigestException: ' + problem)
// the problem is reported once, as the failure: not also as a warning, and nothing was read or written
assert !log.contains('[WARNING] 2024-06-03.txt')
assert !(log =~ /(?m)^\[INFO\] Read \d+ papers?/)
assert !(log =~ /(?m)^\[INFO\] Wrote /)

// a failed build leaves no paper site, not even half of one. (Doxia's site renderer creates the folder
// of a report's output file, target/site/papers/, before it calls the report: it may be there, empty.)
File site = new File(basedir, 'target/site')
File papers = new File(site, 'papers')
assert !papers.exists() || papers.list().length == 0
assert !(site.list() ?: new String[0]).any { it.startsWith('.papers.staging') } // no build's staging folder is left
return true
