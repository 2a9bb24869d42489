// The POM of the README's "Add it to your project", built as a new user builds it: mvn paper-digest:generate, then
// mvn site. Both read the settings under <build><pluginManagement>, mvn site too (maven-site-plugin applies them to
// its reports), so the paper site has the title the POM gives it either way. Neither warns: not maven-site-plugin
// about a report plugin without a version or an unset encoding, not the plugin about settings it does not see.
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.count('BUILD SUCCESS') == 2
assert !log.contains('BUILD FAILURE')
assert log.count('[INFO] Read 3 papers from 1 digest') == 2 : 'built by each (the Maven site adds a link back to it)'
assert !log.contains('has an empty version')
assert !log.contains('Input file encoding has not been set')
assert !log.contains('which only mvn site reads')
assert !log.contains('is no parameter of paper-digest-maven-plugin')

File papers = new File(basedir, 'target/site/papers')
def index = Jsoup.parse(new File(papers, 'index.html'), 'UTF-8')
assert index.title().startsWith('Our reading group') : index.title()
assert index.select('h1').text() == 'Our reading group'
// the Maven site links to the paper site, and the paper site back to it
def reports = Jsoup.parse(new File(basedir, 'target/site/project-reports.html'), 'UTF-8')
assert reports.select('a[href=papers/index.html]').size() >= 1
assert index.select('footer a[href=../index.html]').size() == 1
return true
