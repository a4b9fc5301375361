expectedModule = 'org.multilateral.query'
where = 'module path'
evaluate(new File(sharedScripts, 'check-output.groovy'))
