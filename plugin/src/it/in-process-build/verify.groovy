// mvn paper-digest:generate with fork=false, the way serve always builds: in Maven's JVM, where the embedding
// model's libraries find Maven's logger. What they say there (a warning that no GPU was found, on every machine
// without CUDA, and where they found their native code) is none of the user's business: the log is the plugin's.
String log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /(?m)^\[INFO\] Embeddings of 3 paper texts by model all-minilm-l6-v2-q: 0 from the cache in .+, 3 computed, in [\d.]+ s$/
assert !log.contains('GPU') : 'a warning about GPUs the plugin never uses'
assert !log.contains('Found matching platform') : "the embedding libraries' own log lines"
assert !(log =~ /(?m)^\[WARNING\]/) : 'no warning expected'
assert log.contains('BUILD SUCCESS')
return true
