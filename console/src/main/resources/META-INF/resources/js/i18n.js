// Arabic and English: every word the console shows, dates in the user's own time zone.

const STRINGS = {
  ar: {
    app: 'متابعة', tagline: 'متابعة ما تتفق عليه الحكومات في اجتماعاتها حتى يُنجز',
    skip: 'تخطَّ إلى المحتوى', nav: 'التنقل الرئيسي', meetings: 'الاجتماعات', myActions: 'مهامي',
    inbox: 'الإشعارات', dashboard: 'لوحة المتابعة', signOut: 'تسجيل الخروج', otherLanguage: 'English',
    unreadBadge: '{n} غير مقروءة', timeZone: 'المنطقة الزمنية: {zone}', secretariatOf: 'أمانة سر {org}',
    signIn: 'تسجيل الدخول', signInLocal: 'اختر من تدخل باسمه (تشغيل محلي)',
    signInLocalHint: 'يوقّع هذا الجهاز الرمز بمفتاحه المحلي. في بيئة الإنتاج يكون الدخول عبر مزوّد هوية الجهة.',
    secretariats: 'أمانات السر', officials: 'المسؤولون', signInOidc: 'الدخول عبر مزوّد الهوية',
    signInFailed: 'تعذّر تسجيل الدخول: {detail}', sessionEnded: 'انتهت الجلسة؛ سجّل الدخول من جديد.',
    loading: 'جارٍ التحميل…', nothing: 'لا شيء هنا بعد.',
    newMeeting: 'تسجيل اجتماع', meetingTitleAr: 'العنوان بالعربية', meetingTitleEn: 'العنوان بالإنكليزية',
    kind: 'نوع الاجتماع', modality: 'طريقة الانعقاد', platform: 'المنصة أو المكان', startsAt: 'الموعد',
    meetingTimeZone: 'المنطقة الزمنية للاجتماع', classification: 'التصنيف', status: 'الحالة',
    delegations: 'الوفود', delegation: 'الوفد {n}', organisation: 'الجهة', country: 'الدولة',
    participants: 'أعضاء الوفد', official: 'المسؤول', role: 'الصفة', addParticipant: 'إضافة عضو',
    addDelegation: 'إضافة وفد', agenda: 'جدول الأعمال', agendaItem: 'البند {n}', itemTitleAr: 'البند بالعربية',
    itemTitleEn: 'البند بالإنكليزية', addAgendaItem: 'إضافة بند', recordMeeting: 'تسجيل الاجتماع',
    meetingRecorded: 'سُجّل الاجتماع.', choose: '— اختر —',
    decisions: 'القرارات', recordDecision: 'تسجيل قرار', decisionTextAr: 'نص القرار بالعربية',
    decisionTextEn: 'نص القرار بالإنكليزية', authoritative: 'اللغة المعتمدة', type: 'نوع القرار',
    dueDate: 'تاريخ الاستحقاق', dueInWorkingDays: 'أو: خلال عدد من أيام العمل بعد الاجتماع',
    dueInDays_one: 'الاستحقاق: خلال يوم عمل واحد من الاجتماع', dueInDays_two: 'الاستحقاق: خلال يومَي عمل من الاجتماع',
    dueInDays_few: 'الاستحقاق: خلال {n} أيام عمل من الاجتماع', dueInDays_other: 'الاستحقاق: خلال {n} يوم عمل من الاجتماع',
    dueOnHoliday: 'يوم عطلة رسمية: {name}',
    dueOnWeekend: 'يوم عطلة أسبوعية', owners: 'المسؤولون عن التنفيذ', adopt: 'اعتماد القرار',
    decisionRecorded: 'سُجّل القرار مسودةً.', decisionAdopted: 'اعتُمد القرار؛ ستُنشأ المهام وتُرسل الإشعارات.',
    approveMinutes: 'اعتماد المحضر', markHeld: 'تسجيل انعقاد الاجتماع', cancelMeeting: 'إلغاء الاجتماع',
    meetingHeld: 'سُجّل انعقاد الاجتماع.', meetingCancelled: 'أُلغي الاجتماع.', minutesApproved: 'اعتُمد المحضر وكل قراراته.',
    printMinutes: 'طباعة المحضر', downloadMinutes: 'تنزيل المحضر (Markdown)', downloadCalendar: 'تنزيل ملف التقويم',
    due: 'الاستحقاق: {date}', noDue: 'بلا تاريخ استحقاق', overdue: 'متأخرة',
    progress: 'نسبة الإنجاز', progressNote: 'ملاحظة على التقدّم', reportProgress: 'تسجيل التقدّم',
    comments: 'التعليقات', comment: 'تعليق', addComment: 'إضافة تعليق', evidence: 'الشواهد',
    evidenceUrl: 'رابط المستند (https://…)', evidenceTitle: 'عنوان المستند', attachEvidence: 'إرفاق رابط',
    history: 'السجل', reason: 'السبب (مطلوب للتعثّر والإلغاء وإعادة الفتح) أو ما أُنجز (مطلوب للإنجاز بلا رابط مستند)', changeStatus: 'تغيير الحالة',
    moveTo: 'نقل إلى: {status}', markDone: 'تمّ الإنجاز', start: 'بدء التنفيذ', owner: 'المسؤول', meeting: 'الاجتماع',
    priority: 'الأولوية', saved: 'حُفظ.', boardEmpty: 'لا مهام',
    markRead: 'تعليم كمقروء', read: 'مقروء', unread: 'غير مقروء', openAction: 'فتح المهمة', openDecision: 'فتح القرار', inboxEmpty: 'لا إشعارات.',
    newNotification: 'إشعار جديد: {subject}',
    byMeeting: 'حسب الاجتماع', byOrganisation: 'حسب الجهة', byCountry: 'حسب الدولة', total: 'المجموع',
    completion: 'نسبة الإنجاز', late: 'متأخرة', chartTitle: 'المهام حسب الحالة، {by}', oldestLate: 'أقدم تأخير: {days} من أيام العمل',
    errorTitle: 'لم يُقبل الطلب', errorNetwork: 'تعذّر الوصول إلى الخدمة؛ حاول مجدداً.', notFound: 'غير موجود.',
    adopted: 'اعتُمد في {date}', ownedBy: 'بمسؤولية: {names}',
    status_OPEN: 'مفتوحة', status_IN_PROGRESS: 'قيد التنفيذ', status_BLOCKED: 'متعثّرة', status_DONE: 'منجزة',
    status_CANCELLED: 'ملغاة',
    leadAndCounterpart: 'القائم بالمتابعة ونظيره', leadAndCounterpartHint: 'يختار أحد المسؤولين عن المتابعة ونظيره من الوفد الآخر؛ لكل منهما مهمة مرتبطة بمهمة الآخر.',
    lead: 'القائم بالمتابعة', counterpart: 'النظير', none: '—', pairLine: 'القائم بالمتابعة ونظيره: ',
    yourCounterpart: 'النظير في الوفد الآخر', yourLead: 'القائم بالمتابعة في الوفد الآخر', noDueDate: 'غير محدد',
    pairs: 'القائمون بالمتابعة ونظراؤهم', decision: 'القرار', lateSide: 'المتأخر',
    lateSide_NONE: 'لا أحد', lateSide_LEAD: 'القائم بالمتابعة', lateSide_COUNTERPART: 'النظير', lateSide_BOTH: 'كلاهما',
    correctMeeting: 'تصحيح بيانات الاجتماع', correctionReason: 'سبب التصحيح', meetingCorrected: 'صُحّحت بيانات الاجتماع.',
    corrections: 'التصحيحات', corrected_titleAr: 'العنوان العربي', corrected_titleEn: 'العنوان الإنكليزي',
    corrected_startsAt: 'الموعد', corrected_timeZone: 'المنطقة الزمنية', corrected_modality: 'طريقة الانعقاد',
    corrected_platform: 'المنصة', corrected_delegations: 'الوفود', corrected_agenda: 'جدول الأعمال',
    deleteDraft: 'حذف المسودة', deleteDraftConfirm: 'حذف مسودة القرار نهائياً؟', draftDeleted: 'حُذفت المسودة.',
    followUp: 'متابعة المهام', statusCheckDays: 'السؤال عن المهام بلا تاريخ استحقاق كل (يوماً)',
    escalationChain: 'تصعيد المهام المتأخرة', afterDays: 'بعد (أيام عمل من التأخر)',
    escalate_HEAD_OF_DELEGATION: 'إلى رئيس وفد المسؤول', escalate_RECORDING_SECRETARIAT: 'إلى جهات الاتصال لدى الأمانة',
    escalate_OFFICIAL: 'إلى مسؤول محدد', save: 'حفظ',
    verif_AWAITING: 'بانتظار التحقق', verif_VERIFIED: 'تم التحقق', verification: 'التحقق من الإنجاز',
    verifyHint: 'تحقّق من الشواهد ثم اعتمد الإنجاز، أو أعد المهمة إلى المسؤول مع ذكر السبب.',
    verify: 'اعتماد الإنجاز', returnAction: 'إعادة إلى المسؤول', returnReason: 'سبب الإعادة',
    verified: 'تم التحقق', awaitingVerification: 'بانتظار التحقق',
    kind_BILATERAL: 'ثنائي', kind_MULTILATERAL: 'متعدد الأطراف', kind_INTERNAL: 'داخلي',
    modality_IN_PERSON: 'حضوري', modality_VIRTUAL: 'افتراضي', modality_HYBRID: 'مختلط',
    class_PUBLIC: 'عام', class_INTERNAL: 'داخلي', class_CONFIDENTIAL: 'سرّي',
    mstatus_SCHEDULED: 'مجدول', mstatus_HELD: 'منعقد', mstatus_MINUTES_APPROVED: 'المحضر معتمد', mstatus_CANCELLED: 'ملغى',
    role_HEAD: 'رئيس الوفد', role_MEMBER: 'عضو', role_ADVISOR: 'مستشار', role_SECRETARY: 'أمين السر',
    dtype_AGREEMENT: 'اتفاق', dtype_REQUEST: 'طلب', dtype_COMMITMENT: 'التزام', dtype_RECOMMENDATION: 'توصية',
    dtype_DIRECTIVE: 'توجيه',
    dstatus_DRAFT: 'مسودة', dstatus_ADOPTED: 'معتمد', dstatus_AMENDED: 'معدَّل', dstatus_REVOKED: 'ملغى',
    prio_LOW: 'منخفضة', prio_NORMAL: 'عادية', prio_HIGH: 'عالية', prio_URGENT: 'عاجلة',
    lang_ar: 'العربية', lang_en: 'الإنكليزية',

    // the directory, focal points, working calendars, search, preferences, reassignment, amendment
    directory: 'الدليل', workingCalendar: 'تقويم العمل', okind: 'نوع الجهة', okind_MINISTRY: 'وزارة',
    okind_AGENCY: 'هيئة', okind_COMPANY: 'شركة', okind_OTHER: 'جهة أخرى', newOrganisation: 'إضافة جهة',
    editOrganisation: 'تعديل بيانات الجهة', countryCode: 'رمز الدولة (SY، OM…)', nameAr: 'الاسم بالعربية',
    nameEn: 'الاسم بالإنكليزية', titleAr: 'الصفة بالعربية', titleEn: 'الصفة بالإنكليزية', email: 'البريد الإلكتروني',
    phone: 'الهاتف', preferredLanguage: 'لغة المراسلة', officialTimeZone: 'المنطقة الزمنية (مثل Asia/Damascus)',
    newOfficial: 'إضافة مسؤول', editOfficial: 'تعديل بيانات المسؤول', edit: 'تعديل', inactive: 'غير فعّال',
    deactivate: 'إيقاف', deactivateConfirm: 'إيقاف هذا المسؤول؟ تبقى مهامه وسجله، ولا يُسند إليه جديد.',
    focalPoints: 'نقاط الارتكاز للمتابعة', noFocalPoints: 'لم تُسمَّ بعد', nameFocalPoints: 'تسمية نقاط الارتكاز',
    focalPointsHint: 'تُبلَّغ نقاط الارتكاز بالمهام التي تتولاها الجهة ما لم يُسمَّ لها شخص، ولها أن تسندها إلى أحد موظفي الجهة.',
    calendarOf: 'تقويم العمل في {country}', calYear: 'السنة', weekend: 'العطلة الأسبوعية',
    calendarUnknown: 'لا تقويم لهذه الدولة بعد: تُعدّ أيام العمل من الاثنين إلى الجمعة بلا عطل رسمية.',
    date: 'التاريخ', holidayName: 'العطلة', announced: 'معلنة', announceHoliday: 'إعلان عطلة رسمية',
    announceHolidayHint: 'تُحسب المواعيد والتذكيرات من بعدها على التقويم الجديد، ويُعاد حساب مواعيد المهام المعلقة في الدولة.',
    announce: 'إعلان', withdraw: 'سحب', withdrawConfirm: 'سحب هذه العطلة من هذا اليوم؟', dateRequired: 'اختر التاريخ.',
    day_MONDAY: 'الاثنين', day_TUESDAY: 'الثلاثاء', day_WEDNESDAY: 'الأربعاء', day_THURSDAY: 'الخميس',
    day_FRIDAY: 'الجمعة', day_SATURDAY: 'السبت', day_SUNDAY: 'الأحد',
    search: 'بحث', searchResults: 'النتائج: {n}', hit_MEETING: 'اجتماع', hit_DECISION: 'قرار',
    preferences: 'التفضيلات', preferencesHint: 'كيف تُبلَّغ بكل نوع من الأحداث. تصلك إشعارات التأخر والتصعيد وإن كتمت الإشعارات.',
    eventKind: 'الحدث', channel_IN_APP: 'في المنصة', channel_EMAIL: 'البريد', channel_WEBHOOK: 'ربط الأنظمة',
    ekind_DECISION_ADOPTED: 'اعتماد قرار', ekind_DECISION_AMENDED: 'تعديل قرار', ekind_DECISION_REVOKED: 'إلغاء قرار',
    ekind_ACTION_CREATED: 'مهمة جديدة', ekind_ACTION_REASSIGNED: 'إسناد مهمة', ekind_ACTION_STATUS_CHANGED: 'تغيّر حالة مهمة',
    ekind_ACTION_DUE_SOON: 'اقتراب الاستحقاق', ekind_ACTION_OVERDUE: 'تأخر مهمة', ekind_ACTION_ESCALATED: 'تصعيد',
    ekind_ACTION_STATUS_CHECK: 'استيضاح الحالة', ekind_ACTION_VERIFIED: 'التحقق من الإنجاز', ekind_ACTION_RETURNED: 'إعادة مهمة', ekind_REPORT_READY: 'التقرير الربعي',
    muted: 'كتم الإشعارات', digest: 'موجز يومي بدل الرسائل المتفرقة', digestHour: 'ساعة الموجز (0–23)',
    digits: 'الأرقام', digits_WESTERN: 'أرقام غربية (0-9)', digits_ARABIC_INDIC: 'أرقام عربية هندية (٠-٩)',
    reassign: 'إسناد المهمة إلى مسؤول آخر', reassignHint: 'يحفظ السجل المسؤولَين كليهما والسبب، ويُبلَّغ كلاهما.',
    handOver: 'إسناد المهمة إلى أحد موظفي الجهة', handOverHint: 'بصفتك نقطة ارتكاز للجهة، أسند المهمة إلى من يتولاها منها.',
    newOwner: 'المسؤول الجديد', reassignReason: 'السبب',
    organisationOwners: 'جهات مسؤولة عن التنفيذ', organisationOwnersHint: 'جهة (شركة، مصرف…) تتولى المتابعة، من الوفدين أو من خارجهما؛ تُبلَّغ نقاط الارتكاز فيها.',
    focalAddresses: 'نقاط ارتكاز بعنوان بريدي', focalAddressesHint: 'لجهة من خارج دول الدليل: تُبلَّغ بالبريد بلغتها.', addAddress: 'إضافة عنوان',
    amendDecision: 'تعديل القرار', editDraft: 'تعديل المسودة', decisionAmended: 'عُدّل القرار؛ يُبلَّغ المسؤولون بما تغيّر.',
    revokeDecision: 'إلغاء القرار', revocationReason: 'سبب الإلغاء', revokedBecause: 'سبب الإلغاء:',
    revokeConfirm: 'إلغاء هذا القرار؟ تُلغى مهامه المعلقة ويُبلَّغ مسؤولوه.', decisionRevoked: 'أُلغي القرار.',
    linkPage: 'مهمة متابعة', linkFor: 'لـ {name}، دون حساب في متابعة', linkUntil: 'يعمل هذا الرابط حتى {date}؛ يتجدد مع كل رسالة عن المهمة.',
    linkDecision: 'نص القرار', linkMeeting: 'الاجتماع', linkMeetingOn: 'انعقد في {date}', linkOrganisation: 'الجهة المسؤولة',
    linkStatusHint: 'الإنجاز يُرفع إلى أمانة السر التي سجّلت الاجتماع لتتحقق منه.', byLink: 'عبر رابط المهمة: {name}',
    links: 'روابط المهمة لمن لا حساب لهم', linksHint: 'تُرسل إلى نقاط الارتكاز بعنوان بريدي مع كل رسالة عن المهمة؛ إلغاء الرابط يرفضه فوراً، وتحمل الرسالة التالية رابطاً جديداً.',
    linkIssued: 'أُعطي في {date}', linkExpires: 'يعمل حتى {date}', linkUsed: 'آخر استعمال: {date}', linkRevokedAt: 'أُلغي في {date}',
    revokeLink: 'إلغاء الرابط', revokeLinkConfirm: 'إلغاء هذا الرابط؟ يُرفض من الآن، وتحمل الرسالة التالية رابطاً جديداً.', linkRevoked: 'أُلغي الرابط.',
    linkState_LIVE: 'يعمل', linkState_EXPIRED: 'منتهي الصلاحية', linkState_REVOKED: 'ملغى', noLinks: 'لم يُعطَ رابط لهذه المهمة.',
    signsIn: 'يدخل إلى متابعة بحساب', signsInHint: 'أزل العلامة لمن لا حساب له (كمسؤولي الحكومة الأخرى): تحمل رسائله عن مهامه رابطًا موقّعًا إلى كل مهمة يعمل عليها دون دخول.',
    reports: 'التقارير', reportsHint: 'تقرير المتابعة لجهة عن فترة: كل قرار سجّلته أو تتولى مهمة منه، وحال كل مهمة في نهاية الفترة، مقارنةً بالفترة السابقة. يُرسل تقرير كل ربع إلى جهات الاتصال في أول يوم عمل من الربع التالي.',
    reportChoose: 'الجهة والفترة', reportPeriod: 'الفترة', reportCustom: 'فترة أخرى (من … إلى …)', reportFrom: 'من', reportTo: 'إلى',
    reportShow: 'عرض التقرير', reportPreview: 'معاينة التقرير', reportChart: 'المهام حسب الحالة، مقارنةً بالفترة السابقة',
    downloadPdf: 'تنزيل PDF', downloadCsv: 'تنزيل جدول (CSV)', downloadChart: 'تنزيل الرسم (SVG)',
    quarterOf: '{n} من عام {year}', quarter_1: 'الربع الأول', quarter_2: 'الربع الثاني', quarter_3: 'الربع الثالث', quarter_4: 'الربع الرابع',
  },
  en: {
    app: 'Mutabaa', tagline: 'Following up what governments agree in meetings until it is done',
    skip: 'Skip to content', nav: 'Main navigation', meetings: 'Meetings', myActions: 'My actions',
    inbox: 'Inbox', dashboard: 'Follow-up dashboard', signOut: 'Sign out', otherLanguage: 'العربية',
    unreadBadge: '{n} unread', timeZone: 'Time zone: {zone}', secretariatOf: 'Secretariat of {org}',
    signIn: 'Sign in', signInLocal: 'Choose who you sign in as (local run)',
    signInLocalHint: 'This machine signs the token with its local key. In production you sign in with your organisation\'s identity provider.',
    secretariats: 'Secretariats', officials: 'Officials', signInOidc: 'Sign in with your identity provider',
    signInFailed: 'Could not sign in: {detail}', sessionEnded: 'Your session has ended; please sign in again.',
    loading: 'Loading…', nothing: 'Nothing here yet.',
    newMeeting: 'Record a meeting', meetingTitleAr: 'Title in Arabic', meetingTitleEn: 'Title in English',
    kind: 'Kind of meeting', modality: 'Modality', platform: 'Platform or venue', startsAt: 'Starts at',
    meetingTimeZone: 'Meeting time zone', classification: 'Classification', status: 'Status',
    delegations: 'Delegations', delegation: 'Delegation {n}', organisation: 'Organisation', country: 'Country',
    participants: 'Members of the delegation', official: 'Official', role: 'Role', addParticipant: 'Add member',
    addDelegation: 'Add delegation', agenda: 'Agenda', agendaItem: 'Item {n}', itemTitleAr: 'Item in Arabic',
    itemTitleEn: 'Item in English', addAgendaItem: 'Add item', recordMeeting: 'Record the meeting',
    meetingRecorded: 'Meeting recorded.', choose: '— choose —',
    decisions: 'Decisions', recordDecision: 'Record a decision', decisionTextAr: 'Decision in Arabic',
    decisionTextEn: 'Decision in English', authoritative: 'Authoritative language', type: 'Type of decision',
    dueDate: 'Due date', dueInWorkingDays: 'Or: within so many working days of the meeting',
    dueInDays_one: 'Due within 1 working day of the meeting', dueInDays_other: 'Due within {n} working days of the meeting',
    dueOnHoliday: 'a public holiday: {name}',
    dueOnWeekend: 'a weekend day', owners: 'Owners', adopt: 'Adopt the decision',
    decisionRecorded: 'Decision recorded as a draft.', decisionAdopted: 'Decision adopted; actions and notifications follow.',
    approveMinutes: 'Approve the minutes', markHeld: 'Record that it was held', cancelMeeting: 'Cancel the meeting',
    meetingHeld: 'The meeting is recorded as held.', meetingCancelled: 'The meeting is cancelled.', minutesApproved: 'Minutes approved with all their decisions.',
    printMinutes: 'Print the minutes', downloadMinutes: 'Download the minutes (Markdown)', downloadCalendar: 'Download calendar file',
    due: 'Due {date}', noDue: 'No due date', overdue: 'Overdue',
    progress: 'Progress', progressNote: 'Note on progress', reportProgress: 'Report progress',
    comments: 'Comments', comment: 'Comment', addComment: 'Add comment', evidence: 'Evidence',
    evidenceUrl: 'Link to the document (https://…)', evidenceTitle: 'Title of the document', attachEvidence: 'Attach link',
    history: 'History', reason: 'Reason (required to block, cancel or reopen), or what was done (required to mark done without an evidence link)', changeStatus: 'Change status',
    moveTo: 'Move to: {status}', markDone: 'Mark done', start: 'Start', owner: 'Owner', meeting: 'Meeting',
    priority: 'Priority', saved: 'Saved.', boardEmpty: 'No actions',
    markRead: 'Mark as read', read: 'Read', unread: 'Unread', openAction: 'Open the action', openDecision: 'Open the decision', inboxEmpty: 'No notifications.',
    newNotification: 'New notification: {subject}',
    byMeeting: 'By meeting', byOrganisation: 'By organisation', byCountry: 'By country', total: 'Total',
    completion: 'Completion', late: 'Overdue', chartTitle: 'Actions by status, {by}', oldestLate: 'Longest overdue: {days} working days',
    errorTitle: 'The request was not accepted', errorNetwork: 'The service could not be reached; try again.', notFound: 'Not found.',
    adopted: 'Adopted {date}', ownedBy: 'Owners: {names}',
    status_OPEN: 'Open', status_IN_PROGRESS: 'In progress', status_BLOCKED: 'Blocked', status_DONE: 'Done',
    status_CANCELLED: 'Cancelled',
    leadAndCounterpart: 'Lead and counterpart', leadAndCounterpartHint: 'One of the owners and their counterpart on the other delegation; each gets an action linked to the other.',
    lead: 'Lead', counterpart: 'Counterpart', none: '—', pairLine: 'Lead and counterpart: ',
    yourCounterpart: 'Counterpart on the other delegation', yourLead: 'Lead on the other delegation', noDueDate: 'not set',
    pairs: 'Leads and counterparts', decision: 'Decision', lateSide: 'Late',
    lateSide_NONE: 'neither', lateSide_LEAD: 'the lead', lateSide_COUNTERPART: 'the counterpart', lateSide_BOTH: 'both',
    correctMeeting: 'Correct the meeting', correctionReason: 'Reason for the correction', meetingCorrected: 'Meeting corrected.',
    corrections: 'Corrections', corrected_titleAr: 'Arabic title', corrected_titleEn: 'English title',
    corrected_startsAt: 'time', corrected_timeZone: 'time zone', corrected_modality: 'modality',
    corrected_platform: 'platform', corrected_delegations: 'delegations', corrected_agenda: 'agenda',
    deleteDraft: 'Delete draft', deleteDraftConfirm: 'Delete this draft decision for good?', draftDeleted: 'Draft deleted.',
    followUp: 'Follow-up', statusCheckDays: 'Ask about actions without a due date every (days)',
    escalationChain: 'Escalation of late actions', afterDays: 'After (working days late)',
    escalate_HEAD_OF_DELEGATION: "To the owner's head of delegation", escalate_RECORDING_SECRETARIAT: "To the secretariat's focal points",
    escalate_OFFICIAL: 'To a named official', save: 'Save',
    verif_AWAITING: 'Awaiting verification', verif_VERIFIED: 'Verified', verification: 'Verification',
    verifyHint: 'Check the evidence, then verify it as done, or return it to its owner saying why.',
    verify: 'Verify as done', returnAction: 'Return to owner', returnReason: 'Why it is returned',
    verified: 'Verified', awaitingVerification: 'Awaiting verification',
    kind_BILATERAL: 'Bilateral', kind_MULTILATERAL: 'Multilateral', kind_INTERNAL: 'Internal',
    modality_IN_PERSON: 'In person', modality_VIRTUAL: 'Virtual', modality_HYBRID: 'Hybrid',
    class_PUBLIC: 'Public', class_INTERNAL: 'Internal', class_CONFIDENTIAL: 'Confidential',
    mstatus_SCHEDULED: 'Scheduled', mstatus_HELD: 'Held', mstatus_MINUTES_APPROVED: 'Minutes approved', mstatus_CANCELLED: 'Cancelled',
    role_HEAD: 'Head of delegation', role_MEMBER: 'Member', role_ADVISOR: 'Advisor', role_SECRETARY: 'Secretary',
    dtype_AGREEMENT: 'Agreement', dtype_REQUEST: 'Request', dtype_COMMITMENT: 'Commitment',
    dtype_RECOMMENDATION: 'Recommendation', dtype_DIRECTIVE: 'Directive',
    dstatus_DRAFT: 'Draft', dstatus_ADOPTED: 'Adopted', dstatus_AMENDED: 'Amended', dstatus_REVOKED: 'Revoked',
    prio_LOW: 'Low', prio_NORMAL: 'Normal', prio_HIGH: 'High', prio_URGENT: 'Urgent',
    lang_ar: 'Arabic', lang_en: 'English',

    directory: 'Directory', workingCalendar: 'Working calendar', okind: 'Kind of organisation', okind_MINISTRY: 'Ministry',
    okind_AGENCY: 'Agency', okind_COMPANY: 'Company', okind_OTHER: 'Other', newOrganisation: 'Add an organisation',
    editOrganisation: 'Edit the organisation', countryCode: 'Country code (SY, OM…)', nameAr: 'Name in Arabic',
    nameEn: 'Name in English', titleAr: 'Title in Arabic', titleEn: 'Title in English', email: 'Email',
    phone: 'Phone', preferredLanguage: 'Language of messages', officialTimeZone: 'Time zone (such as Asia/Damascus)',
    newOfficial: 'Add an official', editOfficial: 'Edit the official', edit: 'Edit', inactive: 'Inactive',
    deactivate: 'Deactivate', deactivateConfirm: 'Deactivate this official? Their actions and history stay; nothing new is given to them.',
    focalPoints: 'Follow-up focal points', noFocalPoints: 'None named yet', nameFocalPoints: 'Name the focal points',
    focalPointsHint: 'Focal points are told of the actions the organisation owns while no person does, and may hand one to a person of the organisation.',
    calendarOf: 'Working calendar of {country}', calYear: 'Year', weekend: 'Weekend',
    calendarUnknown: 'No calendar for this country yet: working days are Monday to Friday with no public holidays.',
    date: 'Date', holidayName: 'Holiday', announced: 'announced', announceHoliday: 'Announce a public holiday',
    announceHolidayHint: 'Deadlines and reminders count the new calendar from then on; the country\'s pending actions are scheduled again.',
    announce: 'Announce', withdraw: 'Withdraw', withdrawConfirm: 'Withdraw this holiday from this day?', dateRequired: 'Choose the date.',
    day_MONDAY: 'Monday', day_TUESDAY: 'Tuesday', day_WEDNESDAY: 'Wednesday', day_THURSDAY: 'Thursday',
    day_FRIDAY: 'Friday', day_SATURDAY: 'Saturday', day_SUNDAY: 'Sunday',
    search: 'Search', searchResults: 'Results: {n}', hit_MEETING: 'Meeting', hit_DECISION: 'Decision',
    preferences: 'Preferences', preferencesHint: 'How you are told of each kind of event. Overdue and escalation notices reach you even when muted.',
    eventKind: 'Event', channel_IN_APP: 'In the console', channel_EMAIL: 'Email', channel_WEBHOOK: 'Webhook',
    ekind_DECISION_ADOPTED: 'Decision adopted', ekind_DECISION_AMENDED: 'Decision amended', ekind_DECISION_REVOKED: 'Decision revoked',
    ekind_ACTION_CREATED: 'New action', ekind_ACTION_REASSIGNED: 'Action reassigned', ekind_ACTION_STATUS_CHANGED: 'Action status changed',
    ekind_ACTION_DUE_SOON: 'Due soon', ekind_ACTION_OVERDUE: 'Overdue', ekind_ACTION_ESCALATED: 'Escalation',
    ekind_ACTION_STATUS_CHECK: 'Status check', ekind_ACTION_VERIFIED: 'Done verified', ekind_ACTION_RETURNED: 'Action returned', ekind_REPORT_READY: 'Quarterly report',
    muted: 'Mute notifications', digest: 'A daily digest instead of separate messages', digestHour: 'Hour of the digest (0–23)',
    digits: 'Digits', digits_WESTERN: 'Western digits (0-9)', digits_ARABIC_INDIC: 'Arabic-Indic digits (٠-٩)',
    reassign: 'Give the action to another official', reassignHint: 'The history keeps both owners and the reason; both are told.',
    handOver: 'Hand the action to a person of the organisation', handOverHint: 'As a focal point of the organisation, hand the action to the person who will carry it.',
    newOwner: 'New owner', reassignReason: 'Reason',
    organisationOwners: 'Owning organisations', organisationOwnersHint: 'An organisation (a company, a bank) that follows the decision up, in either delegation or outside both; its focal points are told.',
    focalAddresses: 'Focal points by address', focalAddressesHint: 'For an organisation outside the directory\'s countries: told by mail, in their language.', addAddress: 'Add an address',
    amendDecision: 'Amend the decision', editDraft: 'Edit the draft', decisionAmended: 'The decision is amended; its owners are told what changed.',
    revokeDecision: 'Revoke the decision', revocationReason: 'Reason for revoking', revokedBecause: 'Revoked because:',
    revokeConfirm: 'Revoke this decision? Its pending actions are cancelled and its owners told.', decisionRevoked: 'The decision is revoked.',
    linkPage: 'Follow-up action', linkFor: 'For {name}, without an account in Mutabaa', linkUntil: 'This link works until {date}; each mail about the action renews it.',
    linkDecision: 'The decision', linkMeeting: 'Meeting', linkMeetingOn: 'Held on {date}', linkOrganisation: 'Responsible organisation',
    linkStatusHint: 'Marking it done sends it to the secretariat that recorded the meeting, to verify.', byLink: 'Through the action link: {name}',
    links: 'Links for people without an account', linksHint: 'Mailed to the focal points named by address with each mail about the action; a revoked link is refused at once, and the next mail carries a new one.',
    linkIssued: 'Given on {date}', linkExpires: 'Works until {date}', linkUsed: 'Last used: {date}', linkRevokedAt: 'Revoked on {date}',
    revokeLink: 'Revoke the link', revokeLinkConfirm: 'Revoke this link? It is refused from now on, and the next mail carries a new one.', linkRevoked: 'The link was revoked.',
    linkState_LIVE: 'Works', linkState_EXPIRED: 'Expired', linkState_REVOKED: 'Revoked', noLinks: 'No link was given for this action.',
    signsIn: 'Signs in to Mutabaa', signsInHint: "Clear it for someone with no account (such as the other government's officials): their mails about their actions carry a signed link to each, where they work it without signing in.",
    reports: 'Reports', reportsHint: "An organisation's follow-up over a period: every decision it recorded or owns an action of, and where each action stood at the end of the period, against the period before. Each quarter's report is mailed to the focal points on the first working day of the next.",
    reportChoose: 'Organisation and period', reportPeriod: 'Period', reportCustom: 'Another period (from … to …)', reportFrom: 'From', reportTo: 'To',
    reportShow: 'Show the report', reportPreview: 'Report preview', reportChart: 'Actions by state, against the period before',
    downloadPdf: 'Download PDF', downloadCsv: 'Download spreadsheet (CSV)', downloadChart: 'Download chart (SVG)',
    quarterOf: '{n} {year}', quarter_1: 'First quarter', quarter_2: 'Second quarter', quarter_3: 'Third quarter', quarter_4: 'Fourth quarter',
  },
};

let current = localStorage.getItem('mutabaa.lang') || 'ar';
let zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function lang() {
  return current;
}

/** Shows the pages in a language; {@code chosen}: the user picked it, and it is kept for their next visit. */
export function setLang(value, chosen = false) {
  current = value === 'en' ? 'en' : 'ar';
  if (chosen) localStorage.setItem('mutabaa.lang', current);
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  document.title = `${t('app')} · ${current === 'ar' ? 'Mutabaa' : 'متابعة'}`;
}

/** The language chosen before, or the official's own when they never chose. */
export function adoptPreferredLanguage(preferred) {
  if (!localStorage.getItem('mutabaa.lang') && preferred) setLang(preferred);
}

export function t(key, params = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** A counted phrase in the number's grammatical form (Arabic has one, two, few, many and other). */
export function plural(key, n) {
  const form = new Intl.PluralRules(current).select(n);
  const strings = STRINGS[current];
  return t(strings[`${key}_${form}`] !== undefined ? `${key}_${form}` : `${key}_other`, {n});
}

/** The field of a bilingual record in the current language, the other when this one is empty. */
export function pick(record, base) {
  if (!record) return '';
  const mine = record[base + (current === 'ar' ? 'Ar' : 'En')];
  return mine || record[base + (current === 'ar' ? 'En' : 'Ar')] || '';
}

export function timeZone() {
  return zone;
}

export function setTimeZone(value) {
  try {
    new Intl.DateTimeFormat('en', {timeZone: value});
    zone = value;
  } catch {
    // an unknown zone: keep the browser's
  }
}

let readerCountry = null;
let readerDigits = 'latn';

/**
 * Whose calendar the pages speak: the official's country (Arabic month names differ: آذار in Syria,
 * Jordan, Lebanon, Palestine and Iraq, مارس elsewhere) and digits (Western unless they chose
 * Arabic-Indic in their preferences).
 */
export function setReader(countryCode, digits) {
  readerCountry = /^[A-Z]{2}$/.test(countryCode || '') ? countryCode : null;
  readerDigits = digits === 'ARABIC_INDIC' ? 'arab' : 'latn';
}

function locale(calendar) {
  // Arabic with the reader's country; Latin digits unless the reader chose Arabic-Indic ones.
  const base = current === 'ar' ? `ar${readerCountry ? '-' + readerCountry : ''}` : 'en-GB';
  const digits = current === 'ar' ? readerDigits : 'latn';
  return `${base}-u-${calendar ? `ca-${calendar}-` : ''}nu-${digits}`;
}

const LONG_DATE = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};

/** The Gregorian date with the Hijri (Umm al-Qura) one beside it, as Arabic letters give them. */
function bothCalendars(when, options) {
  const gregorian = new Intl.DateTimeFormat(locale(), {...LONG_DATE, ...options}).format(when);
  const hijri = new Intl.DateTimeFormat(locale('islamic-umalqura'),
    {day: 'numeric', month: 'long', year: 'numeric', timeZone: options.timeZone}).format(when);
  return current === 'ar' ? `${gregorian} الموافق ${hijri}` : `${gregorian} (${hijri})`;
}

/** An instant, in the user's time zone: weekday, day, month, year, both calendars, time. */
export function dateTime(iso) {
  if (!iso) return '';
  const when = new Date(iso);
  const time = new Intl.DateTimeFormat(locale(), {timeStyle: 'short', hourCycle: 'h23', timeZone: zone}).format(when);
  return `${bothCalendars(when, {timeZone: zone})}${current === 'ar' ? '، الساعة ' : ', '}${time}`;
}

/** A calendar date (no time zone: the due date as agreed), in both calendars. */
export function date(isoDate) {
  if (!isoDate) return '';
  return bothCalendars(new Date(`${isoDate}T00:00:00Z`), {timeZone: 'UTC'});
}

export function number(n, style) {
  return new Intl.NumberFormat(locale(), style ? {style, maximumFractionDigits: 0} : {}).format(n);
}

export function country(code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([current], {type: 'region'}).of(code) || code;
  } catch {
    return code;
  }
}

/** The offset (ms) of a zone from UTC at an instant. */
function offsetAt(utcMillis, tz) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utcMillis)).map(p => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - utcMillis;
}

/** A wall-clock time ("2026-11-29T11:00") in a zone, as an ISO instant. */
export function wallTimeToInstant(local, tz) {
  const [d, tm] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm] = tm.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, day, hh, mm);
  let instant = guess - offsetAt(guess, tz);
  instant = guess - offsetAt(instant, tz);
  return new Date(instant).toISOString();
}

/** Now as a wall-clock value for a datetime-local input, in a zone. */
export function wallTimeNow(tz) {
  const now = Date.now() + offsetAt(Date.now(), tz);
  return new Date(now).toISOString().slice(0, 16);
}
