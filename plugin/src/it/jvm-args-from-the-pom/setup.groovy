// the folders of a site built before, as a project that publishes has them: a recording started there would be written
new File(basedir, 'target/site/papers/assets').mkdirs()
return true
