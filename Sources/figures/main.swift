import FiguresCLI
import Foundation

exit(FiguresCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
