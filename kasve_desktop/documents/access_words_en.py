"""The English fixed words of the access report (see ``access_words``)."""

from __future__ import annotations

from typing import Final

ENGLISH: Final[dict[str, str]] = {
    "document_type": "RESPONSE TO YOUR ACCESS REQUEST",
    "reference_label": "Reference",
    "title": "Response to your request for access",
    "no_data_title": "Response to your request for access: we hold no data about you",
    "greeting": "Dear {name}",
    "received": "On {date} we received your request to know what personal data we process "
                "about you (reference {reference}).",
    "asked": "You have asked to know what personal data we process about you.",
    "confirm": "We confirm that {controller} processes personal data about you. In this "
               "letter we explain, register by register, for which purposes and on what "
               "basis your data are processed, to whom they are disclosed, how long they are "
               "kept and where they came from. Enclosed is a copy of all the data we hold "
               "about you (EU General Data Protection Regulation, Article 15). The copy is "
               "free of charge.",
    "on_time": "We answer within the time limit set by law, which ends on {due}.",
    "extended": "The time to answer was extended to {due}, and we told you so on {on}. "
                "The reason for the extension: {reasons}",
    "late": "The time to answer ended on {due}. We apologise that our answer is late.",
    "contents": "This letter has the following parts:",
    "questions": "If you have questions or wish to use your other rights, please contact: "
                 "{contact}.",
    "closing": "Yours sincerely",
    "registers_heading": "How your data are processed, register by register",
    "registers_intro": "Your data are in the following registers: {names}. For each register "
                       "we give items (a) to (h) of Article 15 of the Regulation.",
    "same_as": "As for the register {name} above.",
    "same_rest": "Otherwise as for the register {name} above.",
    "entry_basis": "The legal basis for processing your data in this register: {basis}.",
    "entry_fields": "The data held about you in this register are in the annex under "
                    "“{section}”.",
    "due_last_needed": "Your data are due to be deleted from this register on {date} "
                       "({months} months after they were last needed, on {anchor}), unless "
                       "they are needed again before then.",
    "due_collected": "Your data are due to be deleted from this register on {date} "
                     "({months} months after they were collected, on {anchor}).",
    "due_open": "The date your data will be deleted cannot be worked out yet: the storage "
                "period starts only when the data are no longer needed.",
    "held": "Your data are kept for the time being because the law requires us to keep them.",
    "rights": "You have the right to ask for inaccurate data to be rectified, for your data "
              "to be erased and for their processing to be restricted, and to object to the "
              "processing, including direct marketing. See “{section}”.",
    "complaint": "If you consider that the processing of your data breaks data protection "
                 "law, you may complain to the supervisory authority ({authority}). Its "
                 "contact details are under “{section}”.",
    "entry_source": "Your data in this register came from: {source}.",
    "entry_source_on": "Your data in this register came from: {source} ({date}).",
    "transfers_heading": "Transfers outside the EU and the EEA",
    "transfers_intro": "Your data may be transferred to the following recipients outside the "
                       "EU or the EEA. The safeguards of these transfers (Article 15(2)):",
    "transfer": "{name}, {country} ({register}): {safeguard}",
    "no_safeguard": "no safeguard has been recorded",
    "no_transfers": "Your data are not transferred outside the EU or the EEA.",
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
    "redaction_heading": "Data left out",
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
    "no_requests": "No requests from you are stored.",
    "col_field": "Item", "col_value": "Stored value",
    "col_date": "Date", "col_step": "Step", "col_note": "Details",
    "consent_n": "Consent {n}: {purpose}", "objection_n": "Objection {n}",
    "event_n": "{name}", "request_n": "Request {reference}", "timeline": "Steps taken",
    "yes": "yes", "no": "no", "not_recorded": "not recorded", "in_force": "in force",
    "first_name": "First name", "last_name": "Last name", "email_n": "E-mail address",
    "phone_n": "Phone number", "street": "Street address", "address_extra": "Address, extra line",
    "postal_code": "Postal code", "locality": "Post town", "country": "Country",
    "municipality": "Municipality of residence", "organisation": "Organisation",
    "role": "Position", "birth_year": "Year of birth", "gender": "Gender",
    "customer_number": "Customer number", "business_id": "Business ID",
    "language": "Language of contact", "username": "Username", "website": "Website",
    "notes": "Notes", "restricted": "Processing restricted",
    "restriction_reason": "Reason for the restriction", "restricted_since": "Restricted since",
    "created_at": "First stored", "updated_at": "Last changed",
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
    "no_data_confirm": "We confirm that {controller} does not process any personal data about "
                       "you. We searched our registers for: {searched}.",
    "no_data_other": "If you have dealt with us under another name, e-mail address or phone "
                     "number, please tell us and we will check again.",
}
