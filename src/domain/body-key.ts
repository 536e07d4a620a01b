/**
 * The key a body's name is matched by: lower case, quotes, brackets' notes such as
 * "(макулдашуу боюнча)" and punctuation dropped, whitespace collapsed; so "«Евро Юг Цемент» ЖЧКсы"
 * and "\"Евро Юг Цемент\" ЖЧКсы" are one body.
 */
export function bodyKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[«»“”„"'`.,;:]/g, " ")
    .replace(/[‐-―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
