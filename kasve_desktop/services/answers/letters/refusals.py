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
EXTENSION_SENT = N_("The extension notice was already sent on {date} and is kept with the "
                    "request: a second one dated today would pose as a new notice. Reprint the "
                    "one that was sent.")
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


class ExtensionSent(LetterUntrue):
    message = EXTENSION_SENT


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


NOT_ACCESS_REPORT = N_("The request's type is “{type}”, not an access request: an access report "
                       "would tell the person that they asked to know what personal data we "
                       "process about them (GDPR Art. 15), which is untrue. Answer the request "
                       "with the letter of its own type.")
NOT_ACCESS_NO_DATA = N_("The request's type is “{type}”, not an access request: the “no data "
                        "held” letter is the answer to an access request (GDPR Art. 15), not "
                        "to this one. Answer the request with the letter of its own type.")
IDENTITY_OPEN = N_("The identity check is still open: the person was asked on {date} and no "
                   "answer is recorded. The access report would give a copy of all their data "
                   "before their identity is confirmed (GDPR Art. 12(6), 5(1)(f)). Record how "
                   "the identity was confirmed (“Identity confirmed…” in the request pane) "
                   "first.")
ACK_ADVANCED = N_("The request is already “{status}”: an acknowledgement dated today would tell "
                  "the person that we have just received it and will handle it without delay, "
                  "which is untrue. Send the letter that answers the request instead.")
ACK_ACTED_ON = N_("The request was already acted on, on {date}: an acknowledgement dated today "
                  "would tell the person that we have just received it and will handle it "
                  "without delay, which is untrue. Send the letter that answers the request "
                  "instead.")
ACK_EXTENDED = N_("The time to answer was extended to {date}: an acknowledgement would present "
                  "that date as the one-month time limit of GDPR Art. 12(3), which is untrue. "
                  "The extension notice tells the person the new date and its reasons.")
ACK_AFTER_QUESTION = N_("The person was already asked for information on {date}: an "
                        "acknowledgement dated today would say that we will contact them if we "
                        "need more information, which we already did. Write to the person in "
                        "a letter of your own if needed.")
REFUSAL_IN_OBJECTION = N_("The objection was refused: its answer is the letter “Outcome of the "
                          "objection”, which gives the reasons and the remedies (GDPR Art. "
                          "21(1), 12(4)). A refusal letter as well would answer the request "
                          "twice.")


class NotAnAccessRequest(LetterUntrue):
    """An access report for a request that is not an access request (Art. 15)."""

    message = NOT_ACCESS_REPORT


class NoDataNotAccess(NotAnAccessRequest):
    message = NOT_ACCESS_NO_DATA


class IdentityUnconfirmed(LetterUntrue):
    """An access report while the identity check is open (Art. 12(6), 5(1)(f))."""

    message = IDENTITY_OPEN


class AcknowledgementLate(LetterUntrue):
    """An acknowledgement of receipt after the request has moved past receipt."""


class AcknowledgementAdvanced(AcknowledgementLate):
    message = ACK_ADVANCED


class AcknowledgementActedOn(AcknowledgementLate):
    message = ACK_ACTED_ON


class AcknowledgementExtended(AcknowledgementLate):
    message = ACK_EXTENDED


class AcknowledgementAfterQuestion(AcknowledgementLate):
    message = ACK_AFTER_QUESTION


class RefusalInObjection(LetterUntrue):
    """A refusal letter for a refused objection, whose objection letter is the answer."""

    message = REFUSAL_IN_OBJECTION
