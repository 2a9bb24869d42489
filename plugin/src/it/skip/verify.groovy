// mvn site -DpaperDigest.skip=true: the site is built without the paper report.
File site = new File(basedir, 'target/site')
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /(?m)^\[INFO\] Skipping the paper site \(paperDigest.skip=true\)$/
assert !log.contains('Generating "Paper Digest" report')
assert !(log =~ /(?m)^\[INFO\] Read \d+ papers?/)
assert !(log =~ /(?m)^\[INFO\] Wrote \d+ pages?/)
assert log.contains('BUILD SUCCESS')

// the site plugin ran (its skin is there) but nothing of the paper site was written
assert new File(site, 'css').isDirectory()
assert !new File(site, 'papers').exists()
assert !(site.list() ?: new String[0]).any { it.startsWith('.papers.staging') } // no build's staging folder is left
// with no other report in the pom, there is no "Generated Reports" page at all
assert !new File(site, 'project-reports.html').exists()
return true
