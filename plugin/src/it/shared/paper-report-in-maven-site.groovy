// What every Maven site build with the paper report must show: the log, the paper site, and the report in
// the Maven site's "Project Reports". Evaluated by the verify scripts of site-report and site-site, which
// bind `projectName`, `siteExecution` and `menuLabel` first; it leaves `site` and `reports` (the parsed
// project-reports.html) in the binding for their own checks.
import org.jsoup.Jsoup

site = new File(basedir, 'target/site')
File papers = new File(site, 'papers')
String log = new File(basedir, 'build.log').getText('UTF-8')

def expectedTitles = [
    'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
    'VideoMAE: Masked Autoencoders are Data-Efficient Learners for Self-Supervised Video Pre-Training',
    "Don't Look Twice: Faster Video Transformers with Run-Length Tokenization",
] as Set

// the log: the report ran inside the site plugin and said what it did
// Maven 3.9 and 4 name a plugin by its prefix in this line ("site:3.21.0:site"), earlier versions by its artifactId
assert log =~ /(?m)^\[INFO\] --- (maven-site-plugin|site):3\.21\.0:site \(${siteExecution}\) @ ${basedir.name} ---$/
assert log =~ /(?m)^\[INFO\] Generating "${menuLabel}" report\s+--- (paper-digest-maven-plugin|paper-digest):[^:]+:generate$/
assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
def wrote = log =~ /(?m)^\[INFO\] Wrote (\d+) pages, \d+ feeds? and (\d+) assets to (.+) in [\d.]+ s$/
assert wrote.find() : 'no "Wrote ..." line in build.log'
int pagesLogged = wrote.group(1) as int
// the theme's assets: its scripts, its stylesheet and KaTeX, as its index lists them
assert (wrote.group(2) as int) > 2
assert new File(wrote.group(3)).canonicalFile == papers.canonicalFile
assert !log.contains('[WARNING] 2024-03-12.txt')
assert log.contains('BUILD SUCCESS')

// the paper site
def html = { File f -> Jsoup.parse(f, 'UTF-8') }
assert new File(papers, 'index.html').isFile()
assert new File(papers, 'tags.html').isFile()
assert new File(papers, 'hubs.html').isFile()
assert new File(papers, 'digest/2024-03-12.html').isFile()
assert new File(papers, 'assets/style.css').length() > 0
assert new File(papers, 'assets/site.js').length() > 0

def home = html(new File(papers, 'index.html'))
assert home.title() == projectName // siteTitle defaults to the project's name
assert home.selectFirst('a.brand').text() == projectName
// every page links back to the Maven site it is part of, and the log says where to open the paper site
assert home.selectFirst('footer .parent-site a').attr('href') == '../index.html'
assert home.selectFirst('footer .parent-site a').text() == projectName
assert log.contains('[INFO] Open the paper site: ' + new File(papers, 'index.html').canonicalFile.toURI().toString()
        .replaceFirst('^file:/+', 'file:///'))

File[] paperPages = new File(papers, 'paper').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
assert paperPages.length == 3
def h1s = paperPages.collect { f ->
    def h1 = html(f).select('h1')
    assert h1.size() == 1 : "${f.name} has ${h1.size()} h1 elements"
    h1.first().text()
} as Set
assert h1s == expectedTitles

File[] tagPages = new File(papers, 'tag').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
// a site this small has no derived hub (one would hold nearly all its papers), and its hub index says why
File[] hubPages = new File(papers, 'hub').listFiles({ f -> f.name.endsWith('.html') } as FileFilter) ?: new File[0]
assert tagPages.length > 0
// every hub is on the hub index, and the index links to no hub that was not written
def hubIndex = html(new File(papers, 'hubs.html'))
def hubLinks = hubIndex.select('main a[href^=hub/]').collect { it.attr('href') } as Set
assert hubLinks == hubPages.collect { 'hub/' + it.name } as Set
assert hubPages.length > 0 || hubIndex.selectFirst('main .page-head .muted').text().startsWith('No topic hub yet')
// every page of a paper is linked from the digest page
def digestLinks = html(new File(papers, 'digest/2024-03-12.html')).select('main a[href^=../paper/]')
        .collect { it.attr('href') - '../' } as Set
assert digestLinks == paperPages.collect { 'paper/' + it.name } as Set

// the log counts the same pages as are on disk
int htmlOnDisk = 0
papers.eachFileRecurse { if (it.name.endsWith('.html')) htmlOnDisk++ }
assert htmlOnDisk == pagesLogged
assert !(site.list() ?: new String[0]).any { it.startsWith('.papers.staging') } // no build's staging folder is left
assert !new File(site, '.papers.previous').exists()

// the Maven site: the report is listed under "Generated Reports"/"Project Reports"
File projectReports = new File(site, 'project-reports.html')
assert projectReports.isFile()
reports = html(projectReports)
def rows = reports.select('main table tr').findAll { it.select('td').size() == 2 }
def row = rows.find { it.selectFirst('td a')?.attr('href') == 'papers/index.html' }
assert row : "project-reports.html has no table row linking papers/index.html: ${rows*.text()}"
assert row.selectFirst('td a').text() == menuLabel
assert row.select('td')[1].text() ==
        "The project's research papers: per-paper pages, tags and topic hubs built from its digests."
// and in the side menu
assert reports.select('nav a[href=papers/index.html]').collect { it.text() } == [menuLabel]
