// The command line's properties of the plugin, checked as the POM's elements are: -DpaperDigest.simlarity names no
// parameter, so Maven would have built with the default similarity and said nothing; the strict build fails instead,
// naming the property it meant, before anything is read or written. -DpaperDigest.siteTitle is overruled by the POM's
// <siteTitle> (Maven takes a POM's configuration first): a warning says so, with the POM's line and the way out.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
assert message == '-DpaperDigest.simlarity is no property of paper-digest-maven-plugin, so Maven ignores it; did you mean -DpaperDigest.similarity?'
assert log =~ /(?m)^\[ERROR\] The parameters are: .*\bsimilarity\b.* \(mvn paper-digest:help -Ddetail describes them; each is also -DpaperDigest\.<parameter>\)$/
String at = mavenVersion.startsWith('3.') ? ' \\(pom\\.xml:30\\)' : '( \\(pom\\.xml:30\\))?'
assert log =~ /(?m)^\[WARNING\] -DpaperDigest\.siteTitle=Typed-in is not used: the POM sets <siteTitle>${at}, and Maven takes the POM's <configuration> over the command line\. To let the command line decide, set <paperDigest\.siteTitle> under the POM's <properties> instead$/
assert log.contains('MojoFailureException')
assert !(log =~ /(?m)^\[INFO\] Read \d+ papers?/)
assert !new File(basedir, 'target/site/papers').exists()
return true
