// src/digests is a symbolic link to a folder inside the project, as a repository can hold it
import java.nio.file.Files

Files.createDirectories(basedir.toPath().resolve('src'))
Files.createSymbolicLink(basedir.toPath().resolve('src/digests'), java.nio.file.Paths.get('../data/digests'))
return true
