// src/digest-templates/templates/paper.mustache and src/digest-templates/assets/style.css replace the
// theme's files of the same path; every other template and asset still comes from the theme.
import org.jsoup.Jsoup

File papers = new File(basedir, 'target/site/papers')
File overrides = new File(basedir, 'src/digest-templates')
String log = new File(basedir, 'build.log').getText('UTF-8')
def html = { File f -> Jsoup.parse(f, 'UTF-8') }
def themeFile = { String path ->
    URL url = Thread.currentThread().contextClassLoader.getResource('paper-digest-theme/' + path)
            ?: this.class.classLoader.getResource('paper-digest-theme/' + path)
    assert url : "theme file ${path} is not on the script's class path"
    url.bytes
}

assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
assert log =~ /(?m)^\[INFO\] Wrote \d+ pages, \d+ feeds? and \d+ assets to .+ in [\d.]+ s$/
assert log.contains('BUILD SUCCESS')

def expectedTitles = [
    'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
    'VideoMAE: Masked Autoencoders are Data-Efficient Learners for Self-Supervised Video Pre-Training',
    "Don't Look Twice: Faster Video Transformers with Run-Length Tokenization",
] as Set

// paper pages: the project's template, inside the theme's layout
File[] paperPages = new File(papers, 'paper').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
assert paperPages.length == 3
def titles = paperPages.collect { f ->
    def doc = html(f)
    assert doc.select('article[data-template=lab-override]').size() == 1 : f.name
    assert doc.select('p.lab-marker').collect { it.text() } == ['Reviewed by the Video Reading Group']
    assert doc.select('div.lab-abstract').first().text().split(' ').length >= 30
    assert doc.select('section.abstract').isEmpty() : "${f.name} still has the theme's abstract section"
    // the layout is still the theme's
    assert doc.select('header.site-header a.brand').text() == 'Video Reading Group (own templates)'
    assert doc.select('link[rel=stylesheet]').attr('href') == '../assets/style.css'
    doc.select('h1').text()
} as Set
assert titles == expectedTitles

// every other page: the theme's templates, without the marker
def others = [new File(papers, 'index.html'), new File(papers, 'tags.html'), new File(papers, 'hubs.html'),
              new File(papers, 'digest/2024-03-12.html')]
others += new File(papers, 'tag').listFiles({ f -> f.name.endsWith('.html') } as FileFilter) as List
others += (new File(papers, 'hub').listFiles({ f -> f.name.endsWith('.html') } as FileFilter) ?: []) as List
assert others.size() > 6
others.each { f ->
    String text = f.getText('UTF-8')
    assert !text.contains('lab-marker') && !text.contains('lab-override') : "${f} uses the project's paper template"
    assert html(f).select('header.site-header a.brand').text() == 'Video Reading Group (own templates)'
}
// the theme's paper template is what the override replaced: its markup is nowhere in the paper pages
assert new String(themeFile('templates/paper.mustache'), 'UTF-8').contains('class="abstract-text"')

// assets: the project's stylesheet byte for byte, the theme's script untouched
assert new File(papers, 'assets/style.css').bytes == new File(overrides, 'assets/style.css').bytes
assert new File(papers, 'assets/style.css').bytes != themeFile('assets/style.css')
assert new File(papers, 'assets/site.js').bytes == themeFile('assets/site.js')
def themeAssets = new String(themeFile('theme.index'), 'UTF-8').readLines()*.trim()
        .findAll { it.startsWith('assets/') && !it.substring(7).contains('/') }*.substring(7)
assert new File(papers, 'assets').list().findAll { new File(papers, "assets/${it}").isFile() }.sort() ==
        (themeAssets + ['search-index.js']).sort()
// the 404 page carries the stylesheet inside itself: the project's
assert html(new File(papers, '404.html')).select('head style').first().data().contains(
        new File(overrides, 'assets/style.css').getText('UTF-8').trim())
return true
