public enum FiguresCommand {
    public static func main(arguments: [String]) -> Int32 { 0 }
}
