// -DpaperDigest.jvmArgs=-javaagent:... would have the engine's JVM run an agent: the build fails as a failure of the
// user's settings (MojoFailureException) naming the option and the parameter, starts no JVM and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
assert message.contains("'-javaagent:target/agent.jar' is not an option the engine's JVM takes")
assert message.contains("(check the 'jvmArgs' parameter)")
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
assert !log.contains('Building in a JVM of its own')
assert !new File(basedir, 'target/site/papers').exists()
return true
