// The plugin's documentation as users meet it: `mvn paper-digest:help -Ddetail`, `mvn help:describe -Ddetail`,
// and the documentation site this build generated (target/site of the plugin, bound to package so that this
// IT sees it; `mvn site` builds the same).
import org.jsoup.Jsoup

String log = new File(basedir, 'build.log').getText('UTF-8')
def parameters = ['allowEmptySite', 'baseUrl', 'digestDirectory', 'outputName', 'siteTitle', 'skip', 'strict',
                  'taxonomy', 'taxonomyReport', 'templateDirectory']

// both descriptions keep the text that javadoc's {@code ...} held, and name no method of the implementation
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert !log.contains('executeReport')
assert log.count('Builds the paper site from the project\'s digests.') == 2
assert log.count('target/site/papers/') >= 2 : 'the text inside {@code ...} survives'
assert !log.contains('target/site//')
assert !log.contains('Declared under ,')
// every goal, with its parameters and their properties; inherited report parameters that do nothing are gone
for (goal in ['generate', 'serve', 'help']) {
    assert log.contains("paper-digest:${goal}")
}
for (p in parameters) {
    assert log.contains("User property: paperDigest.${p}") : "no property for ${p}"
}
assert log.contains('User property: paperDigest.menuLabel')
assert log.contains('User property: paperDigest.port')
for (inherited in ['outputDirectory', 'outputFormat', 'locale', 'siteDirectory', 'inputEncoding', 'outputEncoding',
                   'reportingDirectory', 'mojoExecution', 'repoSession']) {
    assert !(log =~ /(?m)^\s{4}${inherited}\b/) : "${inherited} is listed"
}
assert !(log =~ /(?i)since:?\s*2\.0/) : 'the goals are new in 0.1.0'

// the documentation site
File site = new File(pluginSite)
def html = { String page -> Jsoup.parse(new File(site, page), 'UTF-8') }
def goals = html('plugin-info.html').select('table a[href$=-mojo.html]').collect { it.attr('href') - './' } as Set
assert goals == ['generate-mojo.html', 'serve-mojo.html', 'help-mojo.html'] as Set
def generate = html('generate-mojo.html')
String text = generate.text()
for (p in parameters + ['menuLabel']) {
    assert generate.selectFirst("a[name=${p}], [id=${p}], a[href=#${p}]") : "no entry for ${p}"
    assert text.contains("paperDigest.${p}") : "no property for ${p}"
}
assert text.contains('Default : papers') || text.contains('Default: papers')
assert text.contains('Example: -DpaperDigest.baseUrl=')
assert text.contains('Since version: 0.1.0') || text.contains('Since version : 0.1.0')
assert !text.contains('outputDirectory')
assert html('serve-mojo.html').text().contains('paperDigest.port')
// usage pages beside the goal pages, in the menu
def menu = html('index.html').select('nav a, .nav a, #leftColumn a').collect { it.attr('href') - './' } as Set
for (page in ['usage.html', 'formats.html', 'taxonomy.html', 'themes.html', 'serve.html', 'publishing.html']) {
    assert new File(site, page).isFile() : "no ${page}"
    assert menu.contains(page) : "${page} is not in the menu: ${menu}"
}
assert html('themes.html').text().contains('did you mean templates/paper.mustache?')
return true
