/**
 * How abstracts mark whose work a sentence is about, as data. Background comes first and is
 * about others ("LLMs' size grows by 240x every two years"); the paper's own work is announced
 * ("we propose", "this paper", "our method", the method's name) and its results follow.
 */

/** A sentence that speaks of the paper's own work. */
export const OWN_WORK_PATTERN =
  /\b(?:we|our|ours|us)\b|\b(?:this|the present|the proposed|the presented) (?:paper|work|study|article|thesis|dissertation|report|survey|whitepaper|research|investigation|analysis|method|approach|framework|system|design|technique|scheme|model|algorithm|implementation|accelerator|architecture|mechanism|solution|tool|engine|benchmark|methodology)\b|\b(?:proposed|presented|introduced)\b|\bhere,? we\b|\b(?:results|experiments|evaluations?|experimental results|evaluation results) (?:show|demonstrate|confirm|indicate|reveal)\b/i;

/** Patterns that name the paper's own method: "we propose X,", "dubbed X", "named X". */
export const OWN_NAME_PATTERNS: readonly RegExp[] = [
  // (Sentence-initial too: "We present SwiftDiff, ..."; the name must still open with a capital,
  // and follow no preposition: "we present a study of LLM inference" names no method "LLM".)
  /\b(?:[Ww]e (?:propose|present|introduce|develop|design|build|call|describe|name|term|dub)|[Tt]his (?:paper|work) (?:proposes|presents|introduces)|[Tt]o this end,? we (?:propose|present|introduce))(?: a| an| the)?(?: novel| new| simple| efficient| lightweight)*(?: (?!(?:of|for|on|in|to|with|from|by|at|across|under|over|and|or|that|which)\b)[a-z-]+){0,4}?,? (?:called |named |dubbed |termed |namely )?(?<name>[A-Z][\w-]*(?:[-^]\w+)*(?: [A-Z][\w-]*){0,2})/g,
  /\b(?:dubbed|named|called|termed|namely)\s+(?<name>[A-Z][\w-]*(?:[-^]\w+)*)/g,
];

/** Words that make a sentence about other work even after the paper has introduced itself. */
export const BACKGROUND_SUBJECT_PATTERN =
  /^(?:however|unfortunately|yet|despite|nevertheless|traditionally|conventionally|typically|currently),|^(?:however,? |moreover,? |furthermore,? |but |yet |unfortunately,? |notably,? |recently,? )?(?:the )?(?:prior|previous|earlier|existing|conventional|traditional|current|recent|state-of-the-art|most|many|some) (?:works?|methods|approaches|systems|solutions|studies|techniques|frameworks|designs|accelerators|models|audits|analyses|surveys|evaluations|benchmarks|reports)\b/i;
