// Shared by the consumer projects' verify.groovy: the consumer ran, printed the README's answer, and ran where it
// was meant to (expectedModule is null on the class path). The installed jars carry the licences.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('NATO had 19 Allies on 1999-06-01') : "the consumer did not print the README's answer; see ${basedir}/build.log"
assert log.contains("query module: ${expectedModule}") : "the consumer did not run on the ${where}; see ${basedir}/build.log"
assert log.contains('jackson: absent') : "the README's dependency brought a JSON parser the bundled data does not need; see ${basedir}/build.log"
['multilateral', 'multilateral-core', 'multilateral-dataset', 'multilateral-query'].each { artifact ->
  def jar = new File(localRepositoryPath, "org/multilateral/${artifact}/${multilateralVersion}/${artifact}-${multilateralVersion}.jar")
  assert jar.isFile() : "not installed: ${jar}"
  def zip = new java.util.zip.ZipFile(jar)
  try {
    ['META-INF/LICENSE', 'META-INF/NOTICE', 'META-INF/DATA-LICENSE.md'].each { entry ->
      assert zip.getEntry(entry) != null : "${jar.name} has no ${entry}"
    }
  } finally {
    zip.close()
  }
}
return true
