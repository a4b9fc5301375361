evaluate(new File(sharedScripts, 'readme-snippet.groovy'))
