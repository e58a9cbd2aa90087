public enum Extractor {}
