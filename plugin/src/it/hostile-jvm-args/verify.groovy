// -DpaperDigest.jvmArgs=-javaagent:... would have the engine's JVM run an agent: the build fails as a failure of the
// user's settings naming the option and the parameter, starts no JVM and writes no site.
refusedOption = '-javaagent:target/agent.jar'
evaluate(new File(itSources, 'shared/jvm-option-refused.groovy'))
assert !new File(basedir, 'target/site/papers').exists()
return true
