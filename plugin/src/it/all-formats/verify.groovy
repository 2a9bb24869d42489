// One digest per format, overlapping: every format is read, and a paper listed by three of them
// (plain text, Markdown, Hugging Face JSON) is one page naming its three digests; another is in the
// plain text and the Atom digest.
import org.jsoup.Jsoup

File papers = new File(basedir, 'target/site/papers')
String log = new File(basedir, 'build.log').getText('UTF-8')
def html = { File f -> Jsoup.parse(f, 'UTF-8') }

assert log =~ /(?m)^\[INFO\] Read 5 papers from 5 digests \(8 entries; papers listed in several digests merged\)$/
assert !log.contains('[WARNING] 20') : 'no digest problem expected'

def digestPages = new File(papers, 'digest').listFiles().collect { it.name } as Set
assert digestPages == ['2024-01-18-daily.html', '2024-01-19-notes.html', '2024-03-01-hf.html',
                       '2025-03-25-arxiv.html', '2022-10-06-query.html'] as Set

def formats = [:]
new File(papers, 'digest').listFiles().each { f -> formats[f.name] = html(f).select('header.page-head code').text() }
assert formats['2022-10-06-query.html'] == '2022-10-06-query.atom'
assert formats['2025-03-25-arxiv.html'] == '2025-03-25-arxiv.jsonl'

File vlogger = new File(papers, 'paper/vlogger-make-your-dream-a-vlog.html')
assert vlogger.isFile()
def page = html(vlogger)
assert page.select('#digests-heading + ul li a').collect { it.attr('href') } as Set ==
        ['../digest/2024-01-18-daily.html', '../digest/2024-01-19-notes.html', '../digest/2024-03-01-hf.html'] as Set
assert page.select('.meta a[href="https://arxiv.org/abs/2401.09414"]').size() == 1
assert page.select('.links a[href="https://github.com/zhuangshaobin/Vlogger"]').size() == 1
assert page.select('blockquote.note').text().contains('A film crew of models.')
assert page.select('.meta .authors').text() == 'Shaobin Zhuang'

// arXiv categories of the JSON Lines and Atom digests are tags with readable names
assert new File(papers, 'tag/computation-and-language.html').isFile()
assert html(new File(papers, 'paper/phenaki-variable-length-video-generation-from-open-domain-textual-description.html'))
        .select('.paper-head a.tag').collect { it.text() }.contains('Computer Vision and Pattern Recognition')

File[] paperPages = new File(papers, 'paper').listFiles()
assert paperPages.length == 5
return true
