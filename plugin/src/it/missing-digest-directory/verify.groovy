// -DpaperDigest.digestDirectory=src/digestz (a typo of src/digests) fails the build, naming the parameter, the
// folder and the fix, as a failure of the user's input (MojoFailureException), and writes no site.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
assert message.startsWith("The 'digestDirectory' parameter names src/digestz, a folder that does not exist.")
assert message.contains('-DpaperDigest.digestDirectory')
// the folder the digests are in, which the typo missed, is named
assert message.contains('; the folder src/digests/ exists: is it the one you meant?')
// a failure of the input, not an error of the plugin
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
// said once (the stack trace that -e adds repeats it, as a trace)
assert log.readLines().count { it.startsWith('[') && it.contains("The 'digestDirectory' parameter names src/digestz") } == 1
assert !new File(basedir, 'target/site/papers').exists()
return true
