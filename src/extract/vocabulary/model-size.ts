/**
 * When a parameter count is the paper's own result (CLAIMS.md Decision 12: "Cappy, merely 360
 * million parameters", "5.7M parameters", "trains models of over 100B parameters") and when it is
 * the size of a model merely used or named ("LLaMA2-7B", "a 1.3B model"), as data.
 */

/** Within one sentence: anything but a stop or a semicolon, where a decimal point is no stop. */
export const IN_SENTENCE = '(?:[^.;]|\\.(?=\\d))';

/** A size its own model has: "has 39M parameters", "only 0.52B", "adds 0.3B parameters", "needs just 1.7M". */
const OWN_SIZE_BEFORE =
  /\b(?:only|merely|just|mere|fewer than|less than|at most|under|has|have|having|contains|containing|totals?|totaling|a total of|adds?|adding|introduces?|introducing|requires?|requiring|needs?|needing|keeps?|keeping|uses?|using|occupies|holds?|comprises?|costs?|amounts? to)(?: about| around| roughly| only| just)? ?$/i;
const TRAIN_VERBS = 'train|trains|trained|training';
/** What the work makes possible: "trains models of over 100B parameters". */
const CAPABILITY_BEFORE = new RegExp(
  `\\b(?:${TRAIN_VERBS}|fine-tune|fine-tunes|fine-tuning|enable|enables|enabling|support|supports|supporting|scale|scales|scaling|host|hosts|fit|fits|serve|serves|run|runs)\\b(?:[^.;,]|\\.(?=\\d)){0,40}\\b(?:over|more than|up to|beyond|as large as|exceeding) ?$`,
  'i',
);
/**
 * "obtains 75.7% accuracy with 1.9M parameters", "reaches 80.3% accuracy with a single timestep
 * and 38.2M parameters": the size of the model that got the result.
 */
const RESULT_WITH_BEFORE = new RegExp(
  `\\b(?:achiev|obtain|reach|attain|deliver|get|runs)\\w*\\b(?:[^.;()]|\\.(?=\\d)){0,100}\\bwith (?:only |just |merely )?(?:(?:[^.,;()]|\\.(?=\\d)){1,40} and (?:only |just |merely )?)?$`,
  'i',
);
/** "We design a compact head with 0.05M parameters": the size of what the paper builds. */
const DESIGN_WITH_BEFORE =
  /\b(?:we|this (?:paper|work)) (?:also |further )?(?:design|designs|build|builds|propose|proposes|present|presents|introduce|introduces|develop|develops|derive|derives|create|creates|construct|constructs|obtain|obtains|produce|produces)(?: a| an| our)(?: [\w-]+){1,5} with (?:only |just |merely |about |around |roughly )?$/i;

/** "Our model, with 3.1M parameters, ...": the size an appositive gives the paper's model (not "our experiments span models of ..."). */
const OUR_MODEL_WITH_BEFORE =
  /\b(?:our|the proposed)(?: (?!(?:experiments?|evaluations?|studies|study|analysis|results?|span|spans|cover|covers|include|includes|range|ranges|use|uses)\b)[\w-]+){0,3}? (?:model|network|detector|classifier|encoder|decoder|backbone|student|variant|architecture|transformer|method|approach|adapter)s?,? (?:with|having|using|of) (?:only |just |merely |about |around |roughly )?$/i;

/** "trains large models of over 100B parameters": the size of what the work trains. */
const TRAINED_SIZE_BEFORE = new RegExp(
  `\\b(?:${TRAIN_VERBS})\\s+(?:[\\w-]+\\s+){0,4}?(?:models?|networks?|LLMs?)\\s+(?:of|with)\\s+(?:over|more than|up to|beyond|as large as|about|around|nearly)?\\s?$`,
  'i',
);

/** Whether the parameter count written at `start` is the size of a model the work trains (a training claim). */
export function isTrainedSize(text: string, from: number, start: number): boolean {
  return TRAINED_SIZE_BEFORE.test(text.slice(Math.max(from, start - 60), start));
}

/** Whether the parameter count written at `start` is the size of the paper's own model. */
export function isOwnModelSize(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  return (
    OWN_SIZE_BEFORE.test(before) ||
    CAPABILITY_BEFORE.test(before) ||
    RESULT_WITH_BEFORE.test(before) ||
    DESIGN_WITH_BEFORE.test(before) ||
    OUR_MODEL_WITH_BEFORE.test(before) ||
    /\bsize of ?$/i.test(before)
  );
}

/**
 * "a smaller encoder (2.3M)": a bare size in parentheses after a model described by what it is
 * (not named: "LLaMA (7B)", "OPT-1.3B (1.3B)" are models used) is that model's size.
 */
const DESCRIBED_MODEL_BEFORE =
  /\b(?:smaller|small|compact|tiny|lightweight|light-weight|lighter|slimmer|slim|reduced|pruned|distilled|compressed|efficient|our|proposed)(?: [a-z][a-z-]*){0,2} (?:model|encoder|decoder|network|backbone|student|variant|head|version|architecture|transformer|detector|classifier) \($/;

/** "needs fewer parameters (2.3M)": the count a comparative of parameters states in parentheses. */
const FEWER_PARAMETERS_BEFORE = /\b(?:fewer|less|smaller|only|just|merely|\d%? of (?:the|its|all)|% of (?:the|its|all))(?: trainable| learnable| model)? (?:parameters|params) \($/i;

export function isDescribedModelSize(text: string, start: number, end: number): boolean {
  if (text[end] !== ')') return false;
  const before = text.slice(Math.max(0, start - 80), start);
  return DESCRIBED_MODEL_BEFORE.test(before) || FEWER_PARAMETERS_BEFORE.test(before);
}

/**
 * "OurNet-S (18.2M parameters) reaches 80.1%": the size in parentheses of the model a result is
 * stated for, where the model's name holds no size of its own (not "LLaMA-7B (7B parameters)").
 */
const NAMED_MODEL_PAREN_BEFORE = /(?:^|[\s(])[A-Z][A-Za-z]*(?:-[A-Za-z]+)* \($/;
const RESULT_VERB_AFTER =
  /^\)(?:,? (?:only|also|still|even))? (?:achieves|reaches|attains|obtains|outperforms|surpasses|matches|delivers|yields|sets|improves|runs|scores|exceeds|beats)\b/;

/** "With 12M parameters, DreamLite attains ...": a sentence opening on the size of the model whose result it states. */
const WITH_OPENING_BEFORE = /(?:^|[.;!?] )With (?:only |just |merely |about |around |roughly )?$/;
const SUBJECT_RESULT_AFTER =
  /^(?: (?:parameters|params))?, (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?|(?:our|the proposed) [\w-]+(?: [\w-]+)?) (?:achieves|attains|reaches|obtains|outperforms|surpasses|matches|delivers|yields|improves|runs|scores|exceeds|beats)\b/;

export function isResultModelSize(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  return (NAMED_MODEL_PAREN_BEFORE.test(before) && RESULT_VERB_AFTER.test(after)) || (WITH_OPENING_BEFORE.test(before) && SUBJECT_RESULT_AFTER.test(after));
}
