expectedModule = null
where = 'class path'
evaluate(new File(sharedScripts, 'check-output.groovy'))
