// Every format at once, overlapping: the five original formats, then generated Markdown (tables, linked
// headings, a link list), BibTeX, CSL JSON, RIS, arXiv's listing e-mail, a scraped Hugging Face page and a vault of
// paper notes that link to each other.
// Vlogger is listed by five digests of five formats and is one page; papers merge by arXiv id, by arXiv's
// DOI and by title, each field taking the richest value.
import org.jsoup.Jsoup

File papers = new File(basedir, 'target/site/papers')
String log = new File(basedir, 'build.log').getText('UTF-8')
def html = { File f -> Jsoup.parse(f, 'UTF-8') }

assert log =~ /(?m)^\[INFO\] Read 12 papers from 14 digests \(24 entries; papers listed in several digests merged\)$/
assert !(log =~ /(?m)^\[WARNING\] [\w.-]+\.(txt|md|json|jsonl|atom|bib|ris):/) : 'no digest problem expected'

def digestFiles = new File(papers, 'digest').listFiles().collect { it.name } as Set
def digestPages = digestFiles.findAll { it.endsWith('.html') }
// each digest's page, and beside it the digest's papers as one BibTeX file
assert digestFiles == digestPages + digestPages.collect { it.replaceFirst(/\.html$/, '.bib') }
assert digestPages == ['2024-01-18-daily.html', '2024-01-19-notes.html', '2024-03-01-hf.html',
                       '2025-03-25-arxiv.html', '2022-10-06-query.html', '2025-09-03-keywords.html',
                       '2025-09-03-linked.html', 'awesome.html', 'library.html', 'zotero.html', 'endnote.html',
                       '2025-09-02-listing.html', '2025-09-04-scraped.html', 'vault.html'] as Set

def formats = [:]
new File(papers, 'digest').listFiles().findAll { it.name.endsWith('.html') }.each { f -> formats[f.name] = html(f).select('p.source-file code').text() }
assert formats['2022-10-06-query.html'] == '2022-10-06-query.atom'
assert formats['2025-03-25-arxiv.html'] == '2025-03-25-arxiv.jsonl'

File vlogger = new File(papers, 'paper/vlogger-make-your-dream-a-vlog.html')
assert vlogger.isFile()
def page = html(vlogger)
assert page.select('#digests-heading + ul li a').collect { it.attr('href') } as Set ==
        ['../digest/2024-01-18-daily.html', '../digest/2024-01-19-notes.html', '../digest/2024-03-01-hf.html',
         '../digest/awesome.html', '../digest/library.html'] as Set
def fields = [:]
page.select('dl.fields dt').each { dt -> fields[dt.text()] = dt.nextElementSibling().text() }
// the venue sits with the date and arXiv id under the title; the links (PDF, arXiv, code) right after them
assert page.select('p.meta .venue').text() == 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)'
assert fields['DOI'] == '10.48550/arxiv.2401.09414'
assert page.select('ul.paper-links a[href="https://arxiv.org/abs/2401.09414"]').size() == 1
assert page.select('ul.paper-links a[href="https://github.com/zhuangshaobin/Vlogger"]').size() == 1
assert page.select('blockquote.note').text().contains('A film crew of models.')
assert page.select('p.authors .author').collect { it.text() }.take(3) == ['Shaobin Zhuang', 'Kunchang Li', 'Xinyuan Chen']: 'the longest author list'
assert page.select('p.authors .author').size() == 7

// a table digest: its keyword headings are sections of the digest page, not papers
def keywords = html(new File(papers, 'digest/2025-09-03-keywords.html'))
assert keywords.select('.digest-section-title').collect { it.text() } == ['Large Language Models', 'Graphics']
assert keywords.select('.digest-section').collect { it.select('.paper-item-title').text() } ==
        ['ChatGPT or A Silent Everywhere Helper: A Survey of Large Language Models',
         'Quantum Brush: A quantum computing-based tool for digital painting']

// one paper from a table, linked headings and Zotero: the full abstract, the Chinese TL;DR as a note, the DOI
def brush = html(new File(papers, 'paper/quantum-brush-a-quantum-computing-based-tool-for-digital-painting.html'))
assert brush.select('.abstract-text').text().endsWith('effects can produce novel aesthetics.')
assert brush.select('blockquote.note').text().contains('一个利用量子计算生成新颖艺术表达的开源数字绘画工具')
assert brush.select('dl.fields dd').collect { it.text() }.contains('10.1234/jcqc.2025.042')
assert brush.select('#digests-heading + ul li').size() == 3

// RIS gave no abstract, arXiv's listing did; a link-list entry without abstract anywhere says so and links out
def jump = html(new File(papers, 'paper/exploring-decision-making-capabilities-of-llm-agents-an-experimental-study-on.html'))
assert jump.select('.abstract-text').text().startsWith('The Jump-Jump game')
assert jump.select('.tag').collect { it.text() }.contains('LLM agents')
def culinary = html(new File(papers, 'paper/deep-learning-driven-multimodal-detection-and-movement-analysis-of-objects-in.html'))
assert culinary.select('.abstract-text').isEmpty()
assert culinary.select('.no-abstract a[href="https://arxiv.org/abs/2509.00033"]').size() == 1
// the scraped Hugging Face page: the nested details give the code link
def vgk = html(new File(papers, 'paper/virtual-group-knowledge-and-group-belief-in-topological-evidence-models-extended.html'))
assert vgk.select('ul.paper-links a[href="https://github.com/example/group-evidence"]').size() == 1

// arXiv categories of the JSON Lines and Atom digests are tags with readable names
assert new File(papers, 'tag/computation-and-language.html').isFile()
assert html(new File(papers, 'paper/phenaki-variable-length-video-generation-from-open-domain-textual-description.html'))
        .select('.paper-head a.tag').collect { it.text() }.contains('Computer vision and pattern recognition')

// the export carries the DOI and venue that reference managers gave
def exported = new groovy.json.JsonSlurper().parse(new File(papers, 'papers.json'))
def exportedBrush = exported.papers.find { it.slug == 'quantum-brush-a-quantum-computing-based-tool-for-digital-painting' }
assert exportedBrush.doi == '10.1234/jcqc.2025.042'
assert exportedBrush.venue == 'Journal of Creative Quantum Computing'

// a vault of paper notes: a wikilink to another paper's note (by file name, any case, or alias) links to its page,
// from the paper's page and from the vault's digest page; one to a note that is no paper of the site is its text
def bertPage = 'bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding.html'
def attention = html(new File(papers, 'paper/attention-is-all-you-need.html'))
assert attention.select('blockquote.note a[href]').collect { it.attr('href') }.findAll { !it.startsWith('../digest/') } == [bertPage]
assert attention.select('blockquote.note').text().contains('as does Vlogger (a note this vault lacks)')
def bert = html(new File(papers, 'paper/' + bertPage))
def toAttention = bert.select('blockquote.note a[href=attention-is-all-you-need.html]')
assert toAttention.size() == 1 && toAttention.text() == 'the Transformer'
assert bert.select('blockquote.note').text().contains('Ask Jacob Devlin. figure 1.png')
def vault = html(new File(papers, 'digest/vault.html'))
assert vault.select('.note a[href]').collect { it.attr('href') } == ['../paper/' + bertPage, '../paper/attention-is-all-you-need.html']
assert vault.select('.note a[href]').every { new File(new File(papers, 'digest'), it.attr('href')).isFile() }
// a wikilink that names no note of the digest folder is text the curator did not mean: a warning, once per note and name
assert log.contains('[WARNING] vault/Attention Is All You Need.md: the wikilink [[Vlogger]] names no note in the digest folder')
assert log.contains('[WARNING] vault/BERT.md: the wikilink [[Jacob Devlin]] names no note in the digest folder')
assert !log.contains('[[figure 1.png]]') : 'an embed is no link'

def paperPages = new File(papers, 'paper').listFiles().findAll { it.name.endsWith('.html') }
assert paperPages.size() == 12
return true
