// <jvmArgs>-XX:StartFlightRecording=filename=target/site/papers/assets/build.jfr</jvmArgs> in the pom would have the
// engine's JVM record the build, environment variables and all, into the published site: the build fails as a failure
// of the user's settings naming the option and the parameter, starts no JVM and writes neither a site nor a recording
// into the folders a site built before left (setup.groovy).
refusedOption = '-XX:StartFlightRecording=filename=target/site/papers/assets/build.jfr'
evaluate(new File(itSources, 'shared/jvm-option-refused.groovy'))
assert new File(basedir, 'target/site/papers').list() as List == ['assets'] : 'the site folder as the setup left it'
assert new File(basedir, 'target/site/papers/assets').list().length == 0
def recordings = []
basedir.eachFileRecurse { if (it.name.endsWith('.jfr')) recordings << it }
assert recordings.isEmpty() : "flight recordings written: ${recordings}"
return true
