// mvn site -DpaperDigest.publishedSite=published on a clean checkout: the title typo fixed since the site was
// published drops its paper's address, and the build says so with the line of moved.yml that keeps it, and succeeds.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] This build drops 1 page that the published site in ')
assert log.contains(' has; links to it will reach the 404 page:')
assert log.contains('  paper/sora-prelimnary-video-model.html: the paper "Sora: prelimnary video model", now at'
        + ' paper/sora-preliminary-video-model.html')
assert log.contains('add this line to src/digests/moved.yml:')
assert log =~ /(?m)^  paper\/sora-prelimnary-video-model\.html: paper\/sora-preliminary-video-model\.html\r?$/
// the copy of the published site is only read
assert new File(basedir, 'published').list().toList() == ['papers.json']
assert new File(basedir, 'target/site/papers/paper/sora-preliminary-video-model.html').isFile()
assert !new File(basedir, 'target/site/papers/paper/sora-prelimnary-video-model.html').exists()
return true
