// A jvmArgs option the engine's JVM does not take from a project (refusedOption, set by the calling verify script):
// the build fails as a failure of the user's settings (MojoFailureException) naming the option and the parameter,
// before any JVM is started. Returns the build's log for the caller's own checks.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
assert message.contains("'" + refusedOption + "' is not an option the engine's JVM takes from a project")
assert message.contains("(check the 'jvmArgs' parameter)")
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
assert !log.contains('Building in a JVM of its own')
return log
