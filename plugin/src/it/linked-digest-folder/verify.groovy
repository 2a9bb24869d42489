// A digest folder that is a link to another folder of the project is read through the link.
import org.jsoup.Jsoup

File papers = new File(basedir, 'target/site/papers')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert !log.contains('No digests found')
assert log =~ /(?m)^\[INFO\] Read 3 papers from 1 digest$/
def titles = new File(papers, 'paper').listFiles().findAll { it.name.endsWith('.html') }.collect { Jsoup.parse(it, 'UTF-8').select('h1').text() } as Set
assert titles.contains('Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets')
return true
