# Words used all over circle. Each file in this folder holds one part of the
# program's text; locales/de/ has the same messages in German.

lang-unknown = unknown language "{ $tag }"; one of: { $choices }

err-protocol-language = "{ $tag }" is not a language tag
err-protocol-language-help = write a tag like "de", "en" or "de-AT"
