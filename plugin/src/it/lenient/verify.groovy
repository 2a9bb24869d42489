// The digest of broken-digest, with -DpaperDigest.strict=false: the title without an abstract (line 9)
// is skipped with a warning naming the file and line, and the three good papers are published. The second mvn site
// finds the paper site up to date and says the warning again: the digest still reads as it did.
import org.jsoup.Jsoup

File papers = new File(basedir, 'target/site/papers')
String log = new File(basedir, 'build.log').getText('UTF-8')
def html = { File f -> Jsoup.parse(f, 'UTF-8') }
String skipped = 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model'

assert log.count('BUILD SUCCESS') == 2
String warning = '[WARNING] 2024-06-03.txt:9: "' + skipped + '" has no abstract: a title must be followed by a' +
        ' blank line and its abstract; skipped (strict=false)'
def warnings = log.readLines().findAll { it.startsWith('[WARNING] 2024-06-03.txt') }
assert warnings == [warning, warning]
String upToDate = log.readLines().find { it.startsWith('[INFO] Paper site is up to date') }
assert upToDate?.endsWith(' was built; the warning of that build still holds:') : upToDate
assert log.readLines().indexOf(upToDate) + 1 == log.readLines().lastIndexOf(warning)
assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
def wrote = log =~ /(?m)^\[INFO\] Wrote (\d+) pages, \d+ feeds? and \d+ assets to .+ in [\d.]+ s$/
assert wrote.find()

File[] paperPages = new File(papers, 'paper').listFiles({ f -> f.name.endsWith('.html') } as FileFilter)
assert paperPages.collect { html(it).select('h1').text() } as Set == [
    'Mixtral of Experts',
    'QLoRA: Efficient Finetuning of Quantized LLMs',
    'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
] as Set
// the skipped title is on no page of the site
papers.eachFileRecurse { f ->
    if (f.name.endsWith('.html')) {
        assert !f.getText('UTF-8').contains('Direct Preference Optimization') : "${f} mentions the skipped paper"
    }
}
// the digest page lists the three papers in file order
def listed = html(new File(papers, 'digest/2024-06-03.html')).select('main a[href^=../paper/]').collect { it.text() }
assert listed.unique() == ['Mixtral of Experts', 'QLoRA: Efficient Finetuning of Quantized LLMs',
                           'Mamba: Linear-Time Sequence Modeling with Selective State Spaces']
assert html(new File(basedir, 'target/site/project-reports.html')).select('main table a')
        .collect { it.attr('href') } == ['papers/index.html']
return true
