"""Why a letter is not written: a fact it needs is missing, or what it says would be untrue.

``LetterUnavailable`` is every reason a response letter cannot be written; the
window shows it, the command line exits with 1. ``LetterUntrue`` is the kind of
it that the letter would state something false (or leave out what the law
requires it to say): the command line refuses it like a bad argument (exit 2)
and the window offers the kind greyed out with the reason
(``responses.letter_refusal``).
"""

from __future__ import annotations

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_

PROMISE_PAST = N_("The letter would speak of {date} as a date still to come, but that date "
                  "has passed: the letter would be untrue. Tell the person in a letter of "
                  "your own.")
ANSWERED = N_("The request was already answered on {date}: a new letter dated today would "
              "answer it again. Print the letter sent then from the request's timeline.")
ANSWERED_UNKEPT = N_("The request was already answered on {date}: a new letter dated today "
                     "would answer it again. The letter sent then is not kept with the "
                     "request.")
CLOSED = N_("The request was closed on {date}: a letter dated today would answer a request "
            "that is no longer being handled.")
WITHDRAWN = N_("The person withdrew the request on {date}: a letter answering it would be "
               "untrue.")
NOT_OPEN = N_("The request is no longer open ({status}): a letter answering it now would be "
              "untrue.")
AT_ONCE_WITHDRAWAL = N_("A withdrawal of consent takes effect at once (GDPR Art. 7(3)): a "
                        "letter promising an answer by a later date would mislead. Record the "
                        "withdrawal and send its confirmation instead.")
AT_ONCE_MARKETING = N_("An objection to direct marketing must be honoured at once (GDPR Art. "
                       "21(3)): a letter promising an answer by a later date would mislead. "
                       "Record the objection and send its confirmation instead.")
EXTENSION_LATE = N_("The notice of an extension had to reach the person by the one-month "
                    "date, {date}; a notice dated today would be late and its wording untrue. "
                    "Explain the delay to the person in a letter of your own.")
NO_OBJECTION_REASONS = N_("The objection was refused, but no reasons are recorded. The letter "
                          "must give them: the compelling legitimate grounds that override the "
                          "person's interests, rights and freedoms, or the legal claims the "
                          "processing is needed for (GDPR Art. 21(1)). Enter the reasons of the "
                          "refusal first.")
HOLD_WITHOUT_LAW = N_("The entry in {register} was kept under a legal hold that names no law: "
                      "the erasure letter must say which law requires keeping it, and for how "
                      "long. Write this letter yourself.")
HOLD_WITHOUT_PERIOD = N_("The legal hold of the entry in {register} does not say for how long "
                         "the data is kept (“{reason}”): the erasure letter must say it. Write "
                         "this letter yourself.")
NO_QUESTION = N_("No question to the person is recorded: the clarification letter must say "
                 "what information is needed. Record the question with the step “Ask identity "
                 "or clarification” first; the letter is written then.")
QUESTION_ASKED = N_("The question was asked on {date}: a letter dated today would pretend to "
                    "be the one sent then. Print the letter sent then from the request's "
                    "timeline, or write to the person in a letter of your own.")


class LetterUnavailable(UserError):
    """The letter cannot be written (yet); ``text()`` says why, translated."""


class LetterUntrue(LetterUnavailable):
    """The letter would state something untrue, or leave out what it must say."""


class PromisePast(LetterUntrue):
    message = PROMISE_PAST


class AlreadyAnswered(LetterUntrue):
    message = ANSWERED


class AnsweredUnkept(AlreadyAnswered):
    message = ANSWERED_UNKEPT


class NoLongerOpen(LetterUntrue):
    message = NOT_OPEN


class Closed(NoLongerOpen):
    message = CLOSED


class Withdrawn(NoLongerOpen):
    message = WITHDRAWN


class TakesEffectAtOnce(LetterUntrue):
    """An acknowledgement of a request that must be carried out at once, not within a month."""

    message = AT_ONCE_WITHDRAWAL


class MarketingAtOnce(TakesEffectAtOnce):
    message = AT_ONCE_MARKETING


class ExtensionLate(LetterUntrue):
    message = EXTENSION_LATE


class ObjectionWithoutReasons(LetterUntrue):
    message = NO_OBJECTION_REASONS


class HoldWithoutLaw(LetterUntrue):
    message = HOLD_WITHOUT_LAW


class HoldWithoutPeriod(LetterUntrue):
    message = HOLD_WITHOUT_PERIOD


class NoQuestion(LetterUntrue):
    """A clarification letter that would not say what is asked of the person."""

    message = NO_QUESTION


class QuestionAsked(LetterUntrue):
    """A clarification letter dated after the question it carries was asked."""

    message = QUESTION_ASKED
