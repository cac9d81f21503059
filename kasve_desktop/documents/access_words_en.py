"""The English fixed words of the access report (see ``access_words``)."""

from __future__ import annotations

from typing import Final

ENGLISH: Final[dict[str, str]] = {
    "document_type": "RESPONSE TO YOUR ACCESS REQUEST",
    "reference_label": "Reference",
    "title": "Response to your request for access",
    "greeting": "Dear {name},",
    "received": "On {date} we received your request to know what personal data we process "
                "about you (reference {reference}).",
    "asked": "You have asked to know what personal data we process about you.",
    "confirm": "We confirm that {controller} processes personal data about you. In this "
               "letter we explain, register by register, for which purposes and on what "
               "basis your data are processed, to whom they are disclosed, how long they are "
               "kept and where they came from. Enclosed is a copy of all the data we hold "
               "about you (EU General Data Protection Regulation, Article 15). The copy is "
               "free of charge.",
    "on_time": "This answer is given within the time limit set by law, which ends on {due}.",
    "extended": "The time to answer was extended to {due}, and we told you so on {on}. "
                "The reason for the extension: {reasons}",
    "late": "The time to answer ended on {due}. We apologise that our answer is late.",
    "contents": "This letter has the following parts:",
    "questions": "If you have questions or wish to use your other rights, please contact: "
                 "{contact}.",
    "closing": "Yours sincerely",
    "registers_heading": "How your data are processed, register by register",
    "registers_intro": "Your data are in the following registers of ours: {names}. For each "
                       "register we tell you for which purposes and on which legal basis your "
                       "data are processed, which data about you are stored, to whom the data "
                       "are disclosed, how long they are kept and where they came from. The "
                       "data themselves are in the enclosed copy.",
    # (a) purposes and legal bases
    "entry_basis": "The legal basis recorded for your entry in this register is {basis}.",
    "entry_basis_others": "Some of the purposes below rest on another legal basis, which is "
                          "given with each of them.",
    "entry_basis_missing": "Your entry does not record the legal basis it rests on.",
    "purposes_yours": "We process your data in this register for the following purposes:",
    "purposes_register": "Of this register's purposes, the following concern the data stored "
                         "about you:",
    "purpose_basis": " – legal basis: {basis}",
    "purpose_no_basis": " – the legal basis is not recorded",
    "purpose_interest": "; the legitimate interest pursued, as the register describes it: ",
    "interest_is_registers": "The description of the legitimate interest applies to the "
                             "register as a whole. Where your data came from is stated below.",
    "purpose_no_interest": "; the legitimate interest pursued is not described",
    # (b) categories of data
    "categories_intro": "This register holds the following data about you:",
    "categories_none": "Nothing about you is stored in this register apart from the entry "
                       "itself.",
    "category_notes": "Notes about you",
    "category_restriction": "The restriction of processing",
    "category_entry_note": "A note on your entry",
    "category_details": "Further details of your entry: {names}",
    # (c) recipients and transfers
    "recipients_intro": "The following recipients receive your data in this register:",
    "no_recipients": "Your data in this register are not disclosed to anyone else.",
    "no_transfers_here": "Your data in this register are not transferred outside the EU or "
                         "the EEA.",
    "transfer_here": "{name} processes your data outside the EU and the EEA ({country}). "
                     "Safeguard of the transfer: ",
    "transfers_heading": "Transfers outside the EU and the EEA",
    "transfers_intro": "Your data are transferred to the following recipients outside the EU "
                       "and the EEA. The safeguard of each transfer (Article 15(2) of the "
                       "Regulation):",
    "no_transfers": "Your data are not transferred outside the EU or the EEA.",
    # (d) storage period
    "due_kept_longer": "Your other data in this register have already been deleted. Only the "
                       "data with a longer storage period of their own remain; they are "
                       "deleted on the dates given below.",
    "due_last_needed": "Your data are due to be deleted from this register on {date} "
                       "({months} months after they were last needed, on {anchor}), unless "
                       "they are needed again before then.",
    "due_collected": "Your data are due to be deleted from this register on {date} "
                     "({months} months after they were collected, on {anchor}).",
    "due_open": "The data in this register are deleted {months} months after they were last "
                "needed. Your data are still needed, so the date of their deletion cannot be "
                "worked out yet.",
    "due_no_collected": "The data in this register are deleted {months} months after they "
                        "were collected. Your entry does not record when they were collected, "
                        "so the date of their deletion cannot be worked out.",
    "held": "Your data are kept for the time being because the law requires us to keep them.",
    "category_rules": "The following data are kept for a different period:",
    "category_due_last_needed": "{category}: deleted on {date} ({months} months after the "
                                "data were last needed)",
    "category_due_collected": "{category}: deleted on {date} ({months} months after they "
                              "were collected)",
    "category_open_last_needed": "{category}: deleted {months} months after the data were "
                                 "last needed",
    "category_open_collected": "{category}: deleted {months} months after they were collected",
    # (e) rights, (f) complaint, (g) source, (h) automated decisions
    "rights_entry": "You may ask for your data in this register to be rectified or erased and "
                    "for their processing to be restricted.",
    "rights_consent": "Insofar as the processing rests on your consent, you may withdraw your "
                      "consent at any time. Withdrawing it does not affect the lawfulness of "
                      "the processing before then.",
    "rights_portability": "You may receive the data you provided in a structured, "
                          "machine-readable format and transmit them to another controller "
                          "(Article 20).",
    "rights_object": "You may object, on grounds relating to your particular situation, to "
                     "processing based on our legitimate interests (Article 21(1)).",
    "rights_object_public": "You may object, on grounds relating to your particular "
                            "situation, to processing based on a task in the public interest "
                            "(Article 21(1)).",
    "rights_object_marketing": "You may object at any time, without giving reasons, to the "
                               "processing of your data for direct marketing (Article 21(2) "
                               "and (3)). After that, your data are no longer processed for "
                               "that purpose.",
    "complaint_here": "If you consider that the processing of your data in this register "
                      "breaks data protection law, you may complain to the supervisory "
                      "authority ({authority}).",
    "entry_source": "Your entry records the source of the data as “{source}”.",
    "entry_source_on": "Your entry records the source of the data as “{source}” and the date "
                       "they were collected as {date}.",
    "source_public": "The source is public.",
    "source_missing": "Your entry does not record where the data came from.",
    "no_automated_here": "Your data in this register are not used for automated "
                         "decision-making or profiling.",
    "rights_heading": "Your rights",
    "rights_intro": "The Regulation gives you the following rights:",
    "right_access": "the right of access to your data (Article 15) – this answer",
    "right_rectify": "the right to have inaccurate data rectified (Article 16)",
    "right_erase": "the right to erasure (Article 17)",
    "right_restrict": "the right to restriction of processing (Article 18)",
    "right_port": "the right to move the data you provided to another system (Article 20)",
    "right_object": "the right to object to processing and to direct marketing (Article 21)",
    "right_withdraw": "the right to withdraw your consent at any time (Article 7(3))",
    "rights_how": "To use your rights, please contact: {contact}.",
    "complaint_all": "You have the right to complain to the supervisory authority if you "
                     "consider that the processing of your personal data breaks data "
                     "protection law.",
    "authority_heading": "Contact details of the supervisory authority",
    "redaction_heading": "Other people's data",
    "inflection_note": "Other people's names were recognised in the copy only in the form in "
                       "which they are stored. Inflected forms of the names (for example "
                       "“Virtasen”) may therefore remain.",
    "redaction": "{count} items have been left out of the copy because they concern other "
                 "people (Article 15(4) of the Regulation). They are marked {marker} in the "
                 "annex. If you disagree, you may complain to the supervisory authority and "
                 "seek a remedy in court (Article 12(4)).",
    "redaction_row": "{where}: {why}",
    "redacted": "[withheld]",
    "why_email": "another person's e-mail address",
    "why_phone": "another person's phone number",
    "why_name": "another person's name",
    "copy_title": "Copy of your personal data",
    "copy_intro": "This annex holds all the data that {controller} had stored about you on "
                  "{date}. Codes are explained.",
    "annex": "Annex",
    "copy_person": "Your personal and contact details",
    "copy_entries": "Register entries",
    "copy_consents": "Consents",
    "copy_objections": "Objections to direct marketing",
    "copy_events": "Events",
    "copy_requests": "Your requests and how they were handled",
    "copy_redactions": "Items left out",
    "no_consents": "No consents from you are stored.",
    "no_objections": "No objections to direct marketing from you are stored.",
    "no_events": "You are not recorded for any event.",
    "requests_note": "We process the details of your requests (the request, how it was "
                     "handled and our answers with their dates) to handle them and to be able "
                     "to show that we handled them lawfully. The legal basis is a legal "
                     "obligation (Article\u00a06(1)(c) and Articles 12 and 5 GDPR). We keep them "
                     "for {years} years after our answer and then erase them.",
    "no_requests": "No requests from you are stored.",
    "col_field": "Item", "col_value": "Stored value",
    "col_date": "Date", "col_step": "Step", "col_note": "Details",
    "consent_n": "Consent {n}: {purpose}", "objection_n": "Objection {n}",
    "event_n": "{name}", "request_n": "Request {reference}", "timeline": "Steps taken",
    "yes": "yes", "no": "no", "not_recorded": "not recorded",
    "not_withdrawn": "no – the consent is in force",
    "at_time": "{date} at {time}",
    "first_name": "First name", "last_name": "Last name", "email_n": "E-mail address",
    "phone_n": "Phone number", "street": "Street address", "address_extra": "Address, extra line",
    "postal_code": "Postal code", "locality": "Post town", "country": "Country",
    "municipality": "Municipality of residence", "organisation": "Organisation",
    "role": "Position", "birth_year": "Year of birth", "gender": "Gender",
    "customer_number": "Customer number", "business_id": "Business ID",
    "language": "Language of communication", "username": "Username", "website": "Website",
    "notes": "Notes", "restricted": "Processing restricted",
    "restriction_reason": "Reason for the restriction", "restricted_since": "Restricted since",
    "created_at": "Entered in this system", "updated_at": "Last changed in this system",
    "register": "Register", "source": "Source", "legal_basis": "Legal basis",
    "collected_on": "Collected", "last_needed_on": "Last needed",
    "legal_hold": "Kept by a legal obligation", "due_on": "To be deleted",
    "note": "Note", "detail": "Detail: {name}",
    "purpose": "Purpose", "channel": "Channel", "granted_at": "Given",
    "withdrawn_at": "Withdrawn", "captured_via": "How it was given",
    "notice_version": "Privacy notice version", "evidence": "Evidence",
    "scope": "Scope", "since": "From", "request": "Request",
    "event": "Event", "event_date": "Date", "location": "Place",
    "signed_up_at": "Signed up", "attended": "Attended",
    "captured_on": "Recorded on device",
    "reference": "Reference", "type": "Type of request", "received_on": "Received",
    "status": "Status", "answer_by": "To be answered by",
    "extended_to": "Time to answer extended to", "extension_reason": "Reason for the extension",
    "identity_method": "Identity check", "paused_on": "Clock paused",
    "resumed_on": "Clock restarted", "response_channel": "Answered by",
    "sent_on": "Answer sent", "closed_on": "Closed", "outcome": "Outcome",
    "refusal_reasons": "Reasons for refusal", "description": "What you asked",
    "requester_name": "Requester's name", "requester_email": "Requester's e-mail address",
    "requester_phone": "Requester's phone number", "requester_address": "Requester's address",
    "documents": "Documents", "this_request": "this request",
}
