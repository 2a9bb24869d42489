// mvn site:site: the site goal called directly (its version comes from pluginManagement) builds the same paper site.
projectName = 'Video Reading Group (site:site)'
siteExecution = 'default-cli'
menuLabel = 'Reading list' // configured: the entry's label in the Maven site's menu
evaluate(new File(itSources, 'shared/paper-report-in-maven-site.groovy'))

// the project information reports are switched off in this pom: the paper report is the only one
assert !new File(site, 'project-info.html').exists()
assert reports.select('main table tr a').collect { it.attr('href') } == ['papers/index.html']
return true
