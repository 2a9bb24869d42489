// outputName=library and siteTitle configured under <reporting>: the paper site goes to
// target/site/library/, shows the configured title, and the Maven site links to library/index.html.
import org.jsoup.Jsoup

File site = new File(basedir, 'target/site')
File library = new File(site, 'library')
String log = new File(basedir, 'build.log').getText('UTF-8')
def html = { File f -> Jsoup.parse(f, 'UTF-8') }
String title = 'Protein and Cell Papers'

assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^\[INFO\] Read 2 papers from 1 digest$/
def wrote = log =~ /(?m)^\[INFO\] Wrote (\d+) pages, \d+ feeds? and 2 assets to (.+) in [\d.]+ s$/
assert wrote.find()
assert new File(wrote.group(2)).canonicalFile == library.canonicalFile

assert !new File(site, 'papers').exists()
def home = html(new File(library, 'index.html'))
assert home.title() == title
assert home.selectFirst('a.brand').text() == title
assert home.select('h1').text() == title
// the project name is not the site's title; it appears only in the footer's link back to the project's site
def withoutFooter = home.clone()
withoutFooter.select('footer .parent-site').remove()
assert !withoutFooter.html().contains('Computational Biology Journal Club')
assert home.selectFirst('footer .parent-site a').text() == 'Computational Biology Journal Club'

File[] paperPages = new File(library, 'paper').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
assert paperPages.length == 2
paperPages.each { f ->
    def doc = html(f)
    assert doc.title() == doc.select('h1').text() + ' · ' + title
    assert doc.selectFirst('a.brand').text() == title
}
assert paperPages.collect { html(it).select('h1').text() } as Set == [
    'Highly Accurate Protein Structure Prediction with AlphaFold',
    'scGPT: Toward Building a Foundation Model for Single-Cell Multi-omics Using Generative AI',
] as Set

def reports = html(new File(site, 'project-reports.html'))
assert reports.select('main table a').collect { [it.attr('href'), it.text()] } == [['library/index.html', 'Paper Digest']]
assert reports.select('nav a[href=library/index.html]').size() == 1
assert reports.select('a[href^=papers/]').isEmpty()
return true
