import { createToken, Lexer, type TokenType } from 'chevrotain';

/**
 * Tokens of the search-language pipeline. Splunk terms may hold almost any
 * punctuation (`source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational`,
 * `10.0.0.0/8`, `*host*`), so a Word runs until whitespace or a character that
 * separates tokens. Boolean operators must be upper case to be operators
 * (Splunk docs, "Boolean expressions": "The operators must be capitalized").
 */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });
export const Pipe = createToken({ name: 'Pipe', pattern: '|', label: "'|'" });
export const LBracket = createToken({ name: 'LBracket', pattern: '[', label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: ']', label: "']'" });
export const LParen = createToken({ name: 'LParen', pattern: '(', label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: ')', label: "')'" });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','" });
export const NotEquals = createToken({ name: 'NotEquals', pattern: '!=', label: "'!='" });
export const LessEquals = createToken({ name: 'LessEquals', pattern: '<=', label: "'<='" });
export const GreaterEquals = createToken({ name: 'GreaterEquals', pattern: '>=', label: "'>='" });
export const DoubleEquals = createToken({ name: 'DoubleEquals', pattern: '==', label: "'=='" });
export const Equals = createToken({ name: 'Equals', pattern: '=', label: "'='" });
export const Less = createToken({ name: 'Less', pattern: '<', label: "'<'" });
export const Greater = createToken({ name: 'Greater', pattern: '>', label: "'>'" });
export const QuotedString = createToken({
  name: 'QuotedString',
  pattern: /"(?:[^"\\]|\\[\s\S])*"/,
  label: 'a quoted string',
});
export const Word = createToken({
  name: 'Word',
  pattern: /(?:[^\s|[\]()=!<>,"]|!(?!=))+/,
  label: 'a word',
});
export const And = createToken({ name: 'And', pattern: /AND/, longer_alt: Word, label: "'AND'" });
export const Or = createToken({ name: 'Or', pattern: /OR/, longer_alt: Word, label: "'OR'" });
export const Not = createToken({ name: 'Not', pattern: /NOT/, longer_alt: Word, label: "'NOT'" });
export const In = createToken({ name: 'In', pattern: /IN/, longer_alt: Word, label: "'IN'" });

/** Order matters: longer operators before their prefixes, keywords before Word. */
export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace,
  Pipe,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Comma,
  NotEquals,
  LessEquals,
  GreaterEquals,
  DoubleEquals,
  Equals,
  Less,
  Greater,
  QuotedString,
  And,
  Or,
  Not,
  In,
  Word,
];

export const splLexer = new Lexer([...ALL_TOKENS], { ensureOptimizations: false, positionTracking: 'onlyOffset' });
