import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';

function describe(token: IToken): string {
  return token.tokenType === EOF ? 'the end of the search' : `'${token.image}'`;
}

function label(t: TokenType): string {
  // Chevrotain labels its end-of-input token "EOF"; say it in the user's words.
  if (t === EOF) return 'the end of the search';
  return t.LABEL ?? t.name;
}

/** Where an eval value may start, the full token list helps nobody: say what is wanted. */
function summarise(options: ReadonlySet<string>): string {
  if (options.has('a field or function name') && options.has('a number')) return 'an expression (a field, a value, a function call or a parenthesised expression)';
  return [...options].join(' or ');
}

/** Parser messages in the user's words: what was expected and what was found. */
export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${label(expected)} but found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describe(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, customUserDescription }) {
    const first = actual[0];
    // A rule's ERR_MSG names what it wants better than its token labels do ("a command name", not "a word or 'IN'").
    if (customUserDescription !== undefined) return `expected ${customUserDescription} but found ${first ? describe(first) : 'nothing'}`;
    const options = new Set(expectedPathsPerAlt.flat().map((path) => (path[0] ? label(path[0]) : '')).filter((s) => s !== ''));
    return `expected ${summarise(options)} but found ${first ? describe(first) : 'nothing'}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    const first = actual[0];
    const options = new Set(expectedIterationPaths.map((path) => (path[0] ? label(path[0]) : '')).filter((s) => s !== ''));
    return `expected at least one ${[...options].join(' or ')} but found ${first ? describe(first) : 'nothing'}`;
  },
};
