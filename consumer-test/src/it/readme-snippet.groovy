// Shared by the consumer projects' prebuild.groovy: puts the README's Maven snippet (the first ```xml block of its
// "## Modules" section) into this project's pom.xml, where the pom has the marker comment. A README whose snippet
// is missing, malformed or of another version fails the build here, with a message that says so.
def text = new File(readme).getText('UTF-8')
def section = text.indexOf('\n## Modules')
assert section >= 0 : "README.md has no '## Modules' section: ${readme}"
def start = text.indexOf('```xml\n', section)
assert start >= 0 : "README.md's '## Modules' section has no ```xml block"
def end = text.indexOf('\n```', start + 7)
def snippet = text.substring(start + 7, end)
assert snippet.contains("<version>${multilateralVersion}</version>") :
    "README.md's Maven snippet does not name version ${multilateralVersion}, the version being built:\n${snippet}"
def pom = new File(basedir, 'pom.xml')
def marker = '<!-- The README\'s Maven snippet goes here. -->'
def model = pom.getText('UTF-8')
assert model.contains(marker)
pom.write(model.replace(marker, snippet), 'UTF-8')
// The result must be well-formed XML, or the README's snippet is broken.
new groovy.xml.XmlSlurper().parse(pom)
println "consumer pom.xml made with the README's snippet:\n${snippet}"
return true
