// a digest folder inside the project, holding a link to a file outside it (a pull request can commit one)
import java.nio.file.Files

def project = basedir.toPath()
def outside = Files.createDirectories(project.resolveSibling(project.fileName.toString() + '-outside'))
Files.writeString(outside.resolve('secret.txt'), 'TOKEN=abc123\n')
Files.createDirectories(project.resolve('src'))
Files.createSymbolicLink(project.resolve('src/digests'), java.nio.file.Paths.get('../data/digests'))
Files.createSymbolicLink(project.resolve('data/digests/notes.txt'), outside.resolve('secret.txt'))
return true
