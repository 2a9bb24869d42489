// mvn paper-digest:generate: the report goal called by its prefix, outside the site.
//
// Called this way the paper site goes where `mvn site` puts it, target/site/papers (maven-reporting-impl 4
// alone would choose target/reports), with the Maven skin's resources (css/, images/, ...) beside it as
// in a site build. The configuration under <reporting> does not apply to a goal called from the command
// line; the one in build/pluginManagement does.
import org.jsoup.Jsoup

File reportsDir = new File(basedir, 'target/site')
File papers = new File(reportsDir, 'papers')
String log = new File(basedir, 'build.log').getText('UTF-8')

def expectedTitles = [
    'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
    'VideoMAE: Masked Autoencoders are Data-Efficient Learners for Self-Supervised Video Pre-Training',
    "Don't Look Twice: Faster Video Transformers with Run-Length Tokenization",
] as Set

// the prefix resolved to our plugin, and no site was built
// Maven 3.9 and 4 name the plugin by its prefix in this line, earlier versions by its artifactId
assert log =~ /(?m)^\[INFO\] --- (paper-digest-maven-plugin|paper-digest):[^:]+:generate \(default-cli\) @ direct-goal ---$/
// no site mojo ran; the IT's fresh local repository may still log that it fetched maven-site-plugin, which the POM names
assert !(log =~ /(?m)^\[INFO\] --- (maven-site-plugin|site):/)
assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
def wrote = log =~ /(?m)^\[INFO\] Wrote (\d+) pages, \d+ feeds? and \d+ assets to (.+) in [\d.]+ s$/
assert wrote.find() : 'no "Wrote ..." line in build.log'
assert new File(wrote.group(2)).canonicalFile == papers.canonicalFile
assert log.contains('BUILD SUCCESS')

def html = { File f -> Jsoup.parse(f, 'UTF-8') }
assert new File(papers, 'index.html').isFile()
assert new File(papers, 'tags.html').isFile()
assert new File(papers, 'hubs.html').isFile()
// search, and what GitHub Pages needs: a 404 page at the root, and no Jekyll
assert new File(papers, 'search.html').isFile()
assert new File(papers, '404.html').isFile()
assert new File(papers, '.nojekyll').isFile()
assert new File(papers, 'assets/search-index.js').text.startsWith('window.paperDigestSearchIndex = {')
assert log =~ /(?m)^\[INFO\] Search index: \d+ papers?, \d+ words?, [\d,]+ KB, [\d,]+ KB of postings in \d+ files? and [\d,]+ KB of titles in \d+ files?$/
assert !new File(basedir, 'target/reports').exists()
assert !new File(reportsDir, 'project-reports.html').exists() : 'only the paper site, not the whole Maven site'

def home = html(new File(papers, 'index.html'))
assert home.selectFirst('a.brand').text() == 'Video Papers, built directly'
assert home.title() == 'Video Papers, built directly'

File[] paperPages = new File(papers, 'paper').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
assert paperPages.length == 3
assert paperPages.collect { html(it).select('h1').text() } as Set == expectedTitles

int htmlOnDisk = 0
papers.eachFileRecurse { if (it.name.endsWith('.html')) htmlOnDisk++ }
assert htmlOnDisk == (wrote.group(1) as int)
return true
