// The link to a file outside the project is named with its target and the way out, and nothing is published.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
assert log =~ /src\/digests\/notes\.txt is a link to \S+-outside\/secret\.txt, outside the project folder / : log
assert log.contains('Replace the link with a copy of what it points to, or set allowExternalLinks=true to follow it')
assert !new File(basedir, 'target/site/papers').exists()
return true
