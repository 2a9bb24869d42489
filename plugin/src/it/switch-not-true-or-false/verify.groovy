// A switch written as "yes" (in the POM) or "no" (on the command line) is read by Maven as false, and nothing said: a
// build asked to be strict would have read its digests leniently. The build fails instead, naming the element with its
// line and the property, before anything is read or written.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
String at = mavenVersion.startsWith('3.') ? 'pom\\.xml:30: ' : '(pom\\.xml:30: )?'
assert message =~ /^${at}<strict>yes<\/strict>; -DpaperDigest\.fork=no are neither true nor false, which Maven would read as false without a word: write true or false( -> \[Help 1\])?$/
assert log.contains('MojoFailureException')
assert !(log =~ /(?m)^\[INFO\] Read \d+ papers?/)
assert !new File(basedir, 'target/site/papers').exists()
return true
