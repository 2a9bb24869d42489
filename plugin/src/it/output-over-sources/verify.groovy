// A build replaces its output folder as a whole: src, which holds the digests, is refused as the paper site's folder,
// as a failure of the user's settings naming the folder, what it holds and the parameters, and nothing is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
String message = evaluate(new File(itSources, 'shared/generate-goal-failure.groovy'))
String src = new File(basedir, 'src').canonicalPath
assert message.contains("The paper site's folder " + src + " holds the digest folder") : message
assert message.contains("(check the 'outputName' parameter and the Maven site's output folder)") : message
assert log.contains('MojoFailureException')
assert !log.contains('Building in a JVM of its own')
assert new File(basedir, 'src/digests/2024-03-12.txt').isFile()
assert new File(basedir, 'src').list().toList() == ['digests']
assert !new File(basedir, '.src.lock').exists()
return true
