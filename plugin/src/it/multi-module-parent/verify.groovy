// mvn site in the parent of a multi-module build whose digests are in the parent: the modules inherit the report, as
// Maven's modules inherit every report, and have no digests. The parent builds the paper site; each module is left
// out with a line that says why and how to keep the report in the parent, instead of failing the build at the first
// module for a missing src/digests.
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
assert log.count('[INFO] Read 3 papers') == 1 : 'the paper site is built once, in the parent'
for (module in ['core', 'app']) {
    assert log.contains("[INFO] No paper site for module ${module}: it has no src/digests and inherits the plugin from"
            + ' its parent (<inherited>false</inherited> on the plugin in the parent\'s <reporting> keeps it out of the'
            + ' modules)')
    File moduleSite = new File(basedir, "${module}/target/site")
    assert !new File(moduleSite, 'papers').exists()
    // the module's own Maven site has no menu entry that leads nowhere
    File reports = new File(moduleSite, 'project-reports.html')
    assert !reports.isFile() || !reports.getText('UTF-8').contains('papers/index.html')
}
File index = new File(basedir, 'target/site/papers/index.html')
assert index.isFile()
assert Jsoup.parse(index, 'UTF-8').title().contains('Our reading group')
return true
