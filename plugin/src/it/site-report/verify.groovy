// mvn site with the plugin under <reporting> and the project information reports Maven adds by default.
projectName = 'Video Reading Group'
siteExecution = 'default-site'
menuLabel = 'Paper Digest' // the default
evaluate(new File(itSources, 'shared/paper-report-in-maven-site.groovy'))

// the project information reports still come with the default setup
assert new File(site, 'index.html').isFile()
assert new File(site, 'project-info.html').isFile()
assert new File(site, 'summary.html').isFile()
return true
