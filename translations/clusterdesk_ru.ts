<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>New acceptance document</source>
        <translation>Новый документ о приёмке</translation>
    </message>
    <message>
        <source>Document no. *</source>
        <translation>Номер документа *</translation>
    </message>
    <message>
        <source>e.g. act no. 12 or UPD no. 345</source>
        <translation>например, акт № 12 или УПД № 345</translation>
    </message>
    <message>
        <source>Accepted on *</source>
        <translation>Дата приёмки *</translation>
    </message>
    <message>
        <source>Sum, RUB *</source>
        <translation>Сумма, ₽ *</translation>
    </message>
    <message>
        <source>Give the date of acceptance.</source>
        <translation>Укажите дату приёмки.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The password must be at least {count} characters long.</source>
        <translation>Пароль должен быть не короче {count} символов.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Имя пользователя пишется без пробелов.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>The first account must be an administrator&apos;s.</source>
        <translation>Первая учётная запись должна быть учётной записью администратора.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <extracomment>argon2-cffi&apos;s defaults are argon2id with its recommended cost; hashes made with weaker settings are upgraded at the next successful login.</extracomment>
        <translation>Слишком много неудачных попыток. Повторите через {seconds}&#xa0;с.</translation>
    </message>
    <message>
        <source>Login refused: {count} failed attempts in a row, the next one is allowed in {seconds} s.</source>
        <translation>Вход отклонён: неудачных попыток подряд — {count}, следующая возможна через {seconds}&#xa0;с.</translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled.</source>
        <translation>Нельзя отключить последнего администратора.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New account</source>
        <extracomment>A new account starts with the fewest rights: more is an administrator&apos;s explicit choice.</extracomment>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Disable / enable the selected account</source>
        <translation>Отключить / включить выбранную запись</translation>
    </message>
    <message>
        <source>Unlock the selected account</source>
        <translation>Разблокировать выбранную запись</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Задать новый пароль…</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>новый пароль</translation>
    </message>
    <message>
        <source>There are no accounts yet: the program opens without logging in. The first account must be an administrator&apos;s.</source>
        <translation>Пока нет ни одной учётной записи: программа открывается без входа. Первой должна быть учётная запись администратора.</translation>
    </message>
    <message>
        <source>Add the first account</source>
        <translation>Добавить первую учётную запись</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>failed logins: {count}</source>
        <translation>неудачных входов подряд: {count}</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирована до {time}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>The password of {user} was changed.</source>
        <translation>Пароль пользователя {user} изменён.</translation>
    </message>
</context>
<context>
    <name>AdmissionsTab</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Places (КЦП)</source>
        <translation>КЦП, мест</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Целевых</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускников</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустроено</translation>
    </message>
    <message>
        <source>Year *</source>
        <translation>Год *</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <source>e.g. 15.02.16</source>
        <translation>например, 15.02.16</translation>
    </message>
    <message>
        <source>Profession *</source>
        <translation>Профессия *</translation>
    </message>
    <message>
        <source>Places planned (КЦП)</source>
        <translation>Контрольные цифры приёма (КЦП), мест</translation>
    </message>
    <message>
        <source>Targeted training contracts</source>
        <translation>Договоры о целевом обучении</translation>
    </message>
    <message>
        <source>Graduates employed</source>
        <translation>Трудоустроено выпускников</translation>
    </message>
    <message>
        <source>New admission figures</source>
        <translation>Новые показатели приёма</translation>
    </message>
    <message>
        <source>No admission figures are recorded yet.</source>
        <translation>Пока не внесено ни одной записи о приёме.</translation>
    </message>
    <message>
        <source>Add the first admission figures</source>
        <translation>Добавить первую запись о приёме</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit a participant</source>
        <translation>Приём участника</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Joins on</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>№ соглашения</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Дата соглашения</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Принять</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>to implement the educational programmes of secondary vocational education agreed within the cluster, together with the employers;</source>
        <translation>реализовывать согласованные в кластере образовательные программы среднего профессионального образования совместно с работодателями;</translation>
    </message>
    <message>
        <source>to provide its premises and equipment for the cluster&apos;s workshops and events;</source>
        <translation>предоставлять свои помещения и оборудование для мастерских и мероприятий кластера;</translation>
    </message>
    <message>
        <source>to take part in designing the educational programmes and in assessing students, including the demonstration exam;</source>
        <translation>участвовать в разработке образовательных программ и в оценке обучающихся, в том числе в демонстрационном экзамене;</translation>
    </message>
    <message>
        <source>to provide places for practical training and internships, and mentors;</source>
        <translation>предоставлять места практики и стажировки, наставников;</translation>
    </message>
    <message>
        <source>to consider graduates for employment and to report on their employment;</source>
        <translation>рассматривать выпускников для трудоустройства и сообщать об их трудоустройстве;</translation>
    </message>
    <message>
        <source>to take part in the career guidance events of the popularization programme;</source>
        <translation>участвовать в профориентационных мероприятиях программы популяризации;</translation>
    </message>
    <message>
        <source>to take part in staff training and in the cluster&apos;s educational programmes;</source>
        <translation>участвовать в обучении кадров и в образовательных программах кластера;</translation>
    </message>
    <message>
        <source>to support the cluster within its powers and to take part in its councils;</source>
        <translation>поддерживать кластер в пределах своих полномочий и участвовать в работе его советов;</translation>
    </message>
    <message>
        <source>to carry out the measures of the cluster&apos;s programme of activity assigned to it;</source>
        <translation>выполнять закреплённые за ним мероприятия программы деятельности кластера;</translation>
    </message>
    <message>
        <source>to provide the managing company with the information needed for monitoring and reporting, by the dates it sets;</source>
        <translation>представлять Управляющей компании сведения для мониторинга и отчётности в установленные ею сроки;</translation>
    </message>
    <message>
        <source>to follow the decisions of the cluster&apos;s councils taken within their powers.</source>
        <translation>выполнять решения советов кластера, принятые в пределах их полномочий.</translation>
    </message>
    <message>
        <source>the educational cluster</source>
        <translation>образовательного кластера</translation>
    </message>
    <message>
        <source>the education and production centre (cluster)</source>
        <translation>образовательно-производственного центра (кластера)</translation>
    </message>
    <message>
        <source>PARTNERSHIP AGREEMENT No. {number}</source>
        <translation>СОГЛАШЕНИЕ О ПАРТНЁРСТВЕ № {number}</translation>
    </message>
    <message>
        <source>Partnership agreement: {cluster}</source>
        <translation>Соглашение о партнёрстве: {cluster}</translation>
    </message>
    <message>
        <source>on partnership for the creation and development of {kind} «{cluster}»</source>
        <translation>в целях создания и развития {kind} «{cluster}»</translation>
    </message>
    <message>
        <source>{managing}, hereinafter «the Managing company», represented by {blank}, acting on the basis of {blank}, on the one hand, and {participant}, hereinafter «the Participant», represented by {blank}, acting on the basis of {blank}, on the other hand, together «the Parties», have concluded this Agreement as follows.</source>
        <translation>{managing}, именуемое в дальнейшем «Управляющая компания», в лице {blank}, действующего на основании {blank}, с одной стороны, и {participant}, именуемое в дальнейшем «Участник», в лице {blank}, действующего на основании {blank}, с другой стороны, совместно именуемые «Стороны», заключили настоящее Соглашение о нижеследующем.</translation>
    </message>
    <message>
        <source>1. Subject of the agreement</source>
        <translation>1. Предмет соглашения</translation>
    </message>
    <message>
        <source>1.1. The Parties join their efforts to create and develop {kind} «{cluster}» by integrating educational organisations that implement programmes of secondary vocational education and organisations of the real sector of the economy, within the federal project «Professionalitet» of the state programme of the Russian Federation «Development of education», in accordance with the cluster&apos;s programme of activity.</source>
        <translation>1.1. Стороны объединяют усилия для создания и развития {kind} «{cluster}» на основе интеграции образовательных организаций, реализующих программы среднего профессионального образования, и организаций, действующих в реальном секторе экономики, в рамках федерального проекта «Профессионалитет» государственной программы Российской Федерации «Развитие образования» в соответствии с программой деятельности кластера.</translation>
    </message>
    <message>
        <source>1.2. The Participant takes part in the cluster as: {role}.</source>
        <translation>1.2. Участник входит в кластер в качестве: {role}.</translation>
    </message>
    <message>
        <source>1.3. The Agreement does not create a legal entity; each Party acts on its own behalf and at its own expense unless otherwise agreed in writing.</source>
        <translation>1.3. Соглашение не влечёт образования юридического лица; каждая Сторона действует от своего имени и за свой счёт, если иное не согласовано письменно.</translation>
    </message>
    <message>
        <source>2. Rights and duties of the Parties</source>
        <translation>2. Права и обязанности Сторон</translation>
    </message>
    <message>
        <source>2.1. The Managing company undertakes:</source>
        <translation>2.1. Управляющая компания обязуется:</translation>
    </message>
    <message>
        <source>to coordinate the implementation of the cluster&apos;s programme of activity;</source>
        <translation>координировать реализацию программы деятельности кластера;</translation>
    </message>
    <message>
        <source>to organise the work of the cluster&apos;s councils and to inform the Participant of their decisions;</source>
        <translation>организовывать работу советов кластера и информировать Участника об их решениях;</translation>
    </message>
    <message>
        <source>to prepare the cluster&apos;s reports to the regional and federal operators;</source>
        <translation>готовить отчётность кластера региональному и федеральному операторам;</translation>
    </message>
    <message>
        <source>to involve the Participant in the cluster&apos;s events and in the use of its resources on the terms of network cooperation.</source>
        <translation>привлекать Участника к мероприятиям кластера и к использованию его ресурсов на условиях сетевого взаимодействия.</translation>
    </message>
    <message>
        <source>2.2. The Participant undertakes:</source>
        <translation>2.2. Участник обязуется:</translation>
    </message>
    <message>
        <source>2.3. Each Party may make proposals to the cluster&apos;s councils and receive information on the implementation of the programme of activity.</source>
        <translation>2.3. Каждая Сторона вправе вносить предложения в советы кластера и получать информацию о ходе реализации программы деятельности.</translation>
    </message>
    <message>
        <source>3. Term of the agreement</source>
        <translation>3. Срок действия соглашения</translation>
    </message>
    <message>
        <source>until {date}, the end of the cluster&apos;s programme of activity</source>
        <translation>до {date} — окончания программы деятельности кластера</translation>
    </message>
    <message>
        <source>until the end of the cluster&apos;s programme of activity</source>
        <translation>до окончания программы деятельности кластера</translation>
    </message>
    <message>
        <source>3.1. The Agreement enters into force when signed by both Parties and is valid {term}.</source>
        <translation>3.1. Соглашение вступает в силу с момента подписания обеими Сторонами и действует {term}.</translation>
    </message>
    <message>
        <source>3.2. The Participant may leave the cluster by notifying the Managing company in writing; a Participant is excluded only by a decision of the cluster&apos;s council.</source>
        <translation>3.2. Участник может выйти из кластера, письменно уведомив Управляющую компанию; исключение Участника производится только решением совета кластера.</translation>
    </message>
    <message>
        <source>4. Final provisions</source>
        <translation>4. Заключительные положения</translation>
    </message>
    <message>
        <source>4.1. Disputes are settled by negotiation between the Parties.</source>
        <translation>4.1. Споры разрешаются путём переговоров между Сторонами.</translation>
    </message>
    <message>
        <source>4.2. Changes to the Agreement are made in writing and signed by both Parties.</source>
        <translation>4.2. Изменения в Соглашение вносятся в письменной форме и подписываются обеими Сторонами.</translation>
    </message>
    <message>
        <source>4.3. The Agreement is made in two copies of equal force, one for each Party.</source>
        <translation>4.3. Соглашение составлено в двух экземплярах, имеющих равную силу, по одному для каждой Стороны.</translation>
    </message>
    <message>
        <source>5. Details and signatures of the Parties</source>
        <translation>5. Реквизиты и подписи Сторон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Seal (if any)</source>
        <translation>М. П. (при наличии)</translation>
    </message>
    <message>
        <source>The Managing company</source>
        <translation>Управляющая компания</translation>
    </message>
    <message>
        <source>The Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>No such organisation.</source>
        <translation>Такой организации нет.</translation>
    </message>
    <message>
        <source>The managing company is not named in the cluster&apos;s data (first-run wizard or Settings): the agreement has no first party.</source>
        <translation>В данных кластера не указана управляющая компания (мастер первого запуска или «Настройки»): у соглашения нет первой стороны.</translation>
    </message>
    <message>
        <source>The managing company does not sign an agreement with itself: choose a participant.</source>
        <translation>Управляющая компания не заключает соглашение сама с собой: выберите участника.</translation>
    </message>
    <message>
        <source>The agreement is a Word file: its name must end in .docx.</source>
        <translation>Соглашение — файл Word: его имя должно оканчиваться на .docx.</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Заключено</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Другая сторона</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Party *</source>
        <translation>Сторона *</translation>
    </message>
    <message>
        <source>Other party *</source>
        <translation>Другая сторона *</translation>
    </message>
    <message>
        <source>Subject *</source>
        <translation>Предмет *</translation>
    </message>
    <message>
        <source>Agreement No.</source>
        <translation>№ соглашения</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>agreement No. {number}</source>
        <translation>соглашение № {number}</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Новое соглашение</translation>
    </message>
    <message>
        <source>There are no network agreements yet.</source>
        <translation>Пока нет ни одного соглашения о сетевом взаимодействии.</translation>
    </message>
    <message>
        <source>Add the first agreement</source>
        <translation>Добавить первое соглашение</translation>
    </message>
</context>
<context>
    <name>Ambassadors</name>
    <message>
        <source>A team has from 4 to 7 students; this one has {count}.</source>
        <translation>В команде от 4 до 7 студентов, а здесь {count}.</translation>
    </message>
    <message>
        <source>A student is listed twice.</source>
        <translation>Один и тот же студент указан дважды.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>Этой команды больше нет.</translation>
    </message>
</context>
<context>
    <name>AmbassadorsTab</name>
    <message>
        <source>Add team</source>
        <translation>Добавить команду</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Изменить команду</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Удалить команду</translation>
    </message>
    <message>
        <source>A team is 4 to 7 students of a college and a teacher curator. Hover over a team&apos;s name to see its students.</source>
        <translation>Команда — от 4 до 7 студентов колледжа и преподаватель-куратор. Наведите указатель на название команды, чтобы увидеть её состав.</translation>
    </message>
    <message>
        <source>There are no ambassador teams yet.</source>
        <translation>Пока нет ни одной команды амбассадоров.</translation>
    </message>
    <message>
        <source>Add the first team</source>
        <translation>Добавить первую команду</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Амбассадоры</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Delete the team «{name}»? Its events stay, no longer linked to it.</source>
        <translation>Удалить команду «{name}»? Её мероприятия останутся, но без привязки к команде.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>protocol No. {number} of {date}</source>
        <extracomment>What each approval subject approves, and the record&apos;s column pointing at the decision. The typed columns of before 0013: council, number (a document for a workshop), date.</extracomment>
        <translation>протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Choose the council&apos;s decision that approves it.</source>
        <translation>Выберите решение совета, которым это утверждается.</translation>
    </message>
    <message>
        <source>This decision does not approve this kind of record: choose a decision about it.</source>
        <translation>Это решение не утверждает записи такого вида: выберите решение о ней.</translation>
    </message>
    <message>
        <source>This decision is cancelled.</source>
        <translation>Это решение отменено.</translation>
    </message>
    <message>
        <source>The decision&apos;s meeting is not recorded.</source>
        <translation>Заседание, на котором принято решение, не записано.</translation>
    </message>
    <message>
        <source>The meeting of {date} is still ahead: a record is approved once the council has met.</source>
        <translation>Заседание {date} ещё не состоялось: запись утверждается после того, как совет собрался.</translation>
    </message>
    <message>
        <source>This decision approves another record.</source>
        <translation>Это решение утверждает другую запись.</translation>
    </message>
    <message>
        <source>What the decision approves no longer exists.</source>
        <translation>То, что утверждает решение, больше не существует.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the plan</source>
        <translation>Утверждение плана</translation>
    </message>
    <message>
        <source>Council&apos;s decision *</source>
        <translation>Решение совета *</translation>
    </message>
    <message>
        <source>Once approved, the plan is locked: every change to what it says needs a reason and is recorded as a numbered revision.</source>
        <translation>После утверждения план закрыт: любое изменение его содержания требует причины и записывается как пронумерованная редакция.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>ApproveMapDialog</name>
    <message>
        <source>Approve the career map</source>
        <translation>Утверждение карьерной карты</translation>
    </message>
    <message>
        <source>Council&apos;s decision *</source>
        <translation>Решение совета *</translation>
    </message>
    <message>
        <source>Once approved, the map is locked and prints without «DRAFT»; a change is made in a new edition.</source>
        <translation>После утверждения карта закрыта для изменений и печатается без отметки «ПРОЕКТ»; изменения вносятся в новой редакции.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Файла {name} нет.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Файл больше 50 МБ.</translation>
    </message>
    <message>
        <source>No file is attached.</source>
        <translation>Файл не прикреплён.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Audit entries {first}–{last} are missing.</source>
        <extracomment>Fields whose values never enter the log. Entries that take the log as it is as the known one, even if the recorded head is gone from it.</extracomment>
        <translation>В журнале недостаёт записей {first}–{last}.</translation>
    </message>
    <message>
        <source>Audit entry {seq} was altered after it was written.</source>
        <translation>Запись журнала № {seq} изменена после того, как была сделана.</translation>
    </message>
    <message>
        <source>Audit entries {first}–{last} were signed with key {key}, which is not on this computer: they cannot be verified here. To verify them, copy the file {key}.key from the computer where the database was kept into {folder}.</source>
        <translation>Записи журнала № {first}–{last} подписаны ключом {key}, которого нет на этом компьютере: проверить их здесь нельзя. Чтобы проверить, скопируйте файл {key}.key с компьютера, где хранилась база данных, в папку {folder}.</translation>
    </message>
    <message>
        <source>No audit log head is recorded on this computer for this database yet.</source>
        <translation>Последняя запись журнала изменений этой базы данных на этом компьютере ещё не запомнена.</translation>
    </message>
    <message>
        <source>Audit log compared with the head recorded on this computer (entry {seq}).</source>
        <translation>Журнал изменений сверен с последней записью, запомненной на этом компьютере (№ {seq}).</translation>
    </message>
    <message>
        <source>Audit entries {first}–{last} are missing: they were recorded earlier, but the log now ends at entry {end}. The newest entries were removed.</source>
        <extracomment>(CLUSTERDESK_HOME, key id) -&gt; key: each key file is read once per process</extracomment>
        <translation>Записи журнала № {first}–{last} отсутствуют: они уже были сделаны, но теперь журнал заканчивается записью № {end}. Последние записи удалены.</translation>
    </message>
    <message>
        <source>Audit entry {seq} differs from the one recorded earlier: the log was rewritten at or before that entry.</source>
        <translation>Запись журнала № {seq} не совпадает с записанной ранее: журнал переписан в этой записи или до неё.</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Accepted at</source>
        <extracomment>Field names by column key, the same in every table except :data:`_PERSON_NAME`.</extracomment>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Кем принято</translation>
    </message>
    <message>
        <source>Acceptance date</source>
        <translation>Дата приёмки</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation>Решение о приёме</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Дата соглашения</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Номер соглашения</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Announcement date</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <source>Approval decision</source>
        <translation>Решение об утверждении</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем утверждено</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <source>Brand book, %</source>
        <translation>Брендбук, %</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья сметы</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер удостоверения</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата удостоверения</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Commissioning date</source>
        <translation>Дата ввода в эксплуатацию</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Contract (as written)</source>
        <translation>Договор (текстом)</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кем создано</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичный</translation>
    </message>
    <message>
        <source>Curating ministry</source>
        <translation>Курирующее министерство</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Curator&apos;s post</source>
        <translation>Должность куратора</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Действующий</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Дата поставки</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустроено</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Initial price</source>
        <translation>Начальная цена</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Дата монтажа</translation>
    </message>
    <message>
        <source>Grant recipient</source>
        <translation>Получатель гранта</translation>
    </message>
    <message>
        <source>Joining date</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Key employer</source>
        <translation>Ключевой работодатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Cluster kind</source>
        <translation>Вид кластера</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работ</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Leaving kind</source>
        <translation>Вид выхода</translation>
    </message>
    <message>
        <source>Leaving reason</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Managing company</source>
        <translation>Управляющая компания</translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation>Способ закупки</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Номер извещения</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>Payment order number</source>
        <translation>Номер платёжного поручения</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Reason for exceeding</source>
        <translation>Причина превышения</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Плановая дата</translation>
    </message>
    <message>
        <source>Planned reach</source>
        <translation>Плановый охват</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Programme end</source>
        <translation>Окончание программы</translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation>Начало программы</translation>
    </message>
    <message>
        <source>Minutes number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор обучения</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Школьники</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Repairs, %</source>
        <translation>Ремонт, %</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Примечание к статусу</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Results date</source>
        <translation>Дата подведения итогов</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>Design project approved by</source>
        <translation>Кем утверждён дизайн-проект</translation>
    </message>
    <message>
        <source>Design project approval document</source>
        <translation>Документ об утверждении дизайн-проекта</translation>
    </message>
    <message>
        <source>Design project approval date</source>
        <translation>Дата утверждения дизайн-проекта</translation>
    </message>
    <message>
        <source>Design project decision</source>
        <translation>Решение по дизайн-проекту</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Equipment list approved by</source>
        <translation>Кем утверждён перечень оборудования</translation>
    </message>
    <message>
        <source>Equipment list approval document</source>
        <translation>Документ об утверждении перечня оборудования</translation>
    </message>
    <message>
        <source>Equipment list approval date</source>
        <translation>Дата утверждения перечня оборудования</translation>
    </message>
    <message>
        <source>Equipment list decision</source>
        <translation>Решение по перечню оборудования</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл подтверждения</translation>
    </message>
    <message>
        <source>Exclusion decision</source>
        <translation>Решение об исключении</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Экспертиза</translation>
    </message>
    <message>
        <source>Fixed cells</source>
        <translation>Защищённые ячейки</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>География</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускники</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Infrastructure item</source>
        <translation>Позиция инфраструктуры</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>Последний отказ</translation>
    </message>
    <message>
        <source>Leading college</source>
        <translation>Ведущий колледж</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Ведёт к</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Career map</source>
        <translation>Карта карьеры</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Calculated from</source>
        <translation>Расчёт по</translation>
    </message>
    <message>
        <source>Monitoring due day</source>
        <translation>День сдачи мониторинга</translation>
    </message>
    <message>
        <source>Name (genitive)</source>
        <translation>Название (в родительном падеже)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>First party</source>
        <translation>Первая сторона</translation>
    </message>
    <message>
        <source>Second party</source>
        <translation>Вторая сторона</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Places planned</source>
        <translation>Плановые места</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Previous edition</source>
        <translation>Предыдущая редакция</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation>Организация-получатель</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Returned data</source>
        <translation>Возврат данных</translation>
    </message>
    <message>
        <source>Room requirements</source>
        <translation>Требования к помещению</translation>
    </message>
    <message>
        <source>Average salary</source>
        <translation>Средняя зарплата</translation>
    </message>
    <message>
        <source>Maximum salary</source>
        <translation>Максимальная зарплата</translation>
    </message>
    <message>
        <source>Minimum salary</source>
        <translation>Минимальная зарплата</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Submitted figures</source>
        <translation>Сданные данные</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Standard stage</source>
        <translation>Типовой этап</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>Учебная группа</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Вопрос решения</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Кем сдано</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Targeted training contracts</source>
        <translation>Договоры о целевом обучении</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Миниатюра</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>С года</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>До года</translation>
    </message>
    <message>
        <source>Full name of the person</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Other field</source>
        <translation>Другое поле</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Выгрузка персональных данных</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Lock broken</source>
        <translation>Снята блокировка</translation>
    </message>
    <message>
        <source>Log accepted as it is</source>
        <translation>Журнал принят как есть</translation>
    </message>
    <message>
        <source>demo mode</source>
        <extracomment>The fields that name a record, in the order tried, for «Организация «…»». Where a stored code is put in words: (table or &quot;*&quot;, field) -&gt; &quot;module:function&quot;. The labels stay with the services that own the codes; they are looked up when first needed (those services import the audit log themselves). Fields people type, where a lower-case word is just a word. Technical details some events were recorded with, in words.</extracomment>
        <translation>демонстрационный режим</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{field}: changed</source>
        <translation>{field}: изменено</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>text in the details</source>
        <translation>текст в подробностях</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <source>audit-log.xlsx</source>
        <translation>журнал-изменений.xlsx</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Cluster membership</source>
        <translation>Участие в кластере</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Infrastructure item</source>
        <translation>Позиция инфраструктуры</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья сметы</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Закупка</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Roadmap item</source>
        <translation>Пункт дорожной карты</translation>
    </message>
    <message>
        <source>Event plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Inspection answer</source>
        <translation>Ответ проверки</translation>
    </message>
    <message>
        <source>Inspection photo</source>
        <translation>Фото проверки</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Заседание совета</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Решение совета</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Career map</source>
        <translation>Карта карьеры</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Обучение работников</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Network agreement</source>
        <translation>Договор о сетевом взаимодействии</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Запрос данных</translation>
    </message>
    <message>
        <source>Monitoring submission</source>
        <translation>Сдача мониторинга</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт чек-листа</translation>
    </message>
    <message>
        <source>Ambassador team</source>
        <translation>Команда амбассадоров</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Амбассадор</translation>
    </message>
    <message>
        <source>Shared use</source>
        <translation>Совместное использование</translation>
    </message>
    <message>
        <source>Admission figures</source>
        <translation>Показатели приёма</translation>
    </message>
    <message>
        <source>Cluster kind</source>
        <translation>Вид кластера</translation>
    </message>
    <message>
        <source>Field package</source>
        <translation>Выездной пакет</translation>
    </message>
    <message>
        <source>Industry centre</source>
        <translation>Отраслевой центр</translation>
    </message>
    <message>
        <source>Training standard</source>
        <translation>Норматив обучения</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Размер гранта</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Merge conflict</source>
        <translation>Расхождение при слиянии</translation>
    </message>
    <message>
        <source>Reach baseline</source>
        <translation>Базовый охват</translation>
    </message>
    <message>
        <source>Data request recipient</source>
        <translation>Адресат запроса данных</translation>
    </message>
    <message>
        <source>Returned data</source>
        <translation>Возврат данных по запросу</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Присутствие на заседании</translation>
    </message>
    <message>
        <source>Figure source</source>
        <translation>Источник показателя</translation>
    </message>
    <message>
        <source>Career map picture</source>
        <translation>Изображение карты карьеры</translation>
    </message>
    <message>
        <source>Career step</source>
        <translation>Ступень карьеры</translation>
    </message>
    <message>
        <source>Career map tool</source>
        <translation>Инструмент карты карьеры</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>Редакция плана</translation>
    </message>
    <message>
        <source>Career map employer</source>
        <translation>Работодатель карты карьеры</translation>
    </message>
    <message>
        <source>Checklist section</source>
        <translation>Раздел чек-листа</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Файл мероприятия</translation>
    </message>
    <message>
        <source>Event organisation</source>
        <translation>Организация мероприятия</translation>
    </message>
    <message>
        <source>Event reach</source>
        <translation>Охват мероприятия</translation>
    </message>
    <message>
        <source>Inspected workshop</source>
        <translation>Проверяемая мастерская</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This copy holds another cluster, «{backup}», while the open database holds «{current}». Restoring it would replace one cluster with the other, so it is done only when you confirm it.</source>
        <translation>В этой копии другой кластер — «{backup}», а в открытой базе — «{current}». Восстановление заменит один кластер другим, поэтому оно делается только с вашего подтверждения.</translation>
    </message>
    <message>
        <source>The copy failed its check, so it was not kept: {reason}</source>
        <translation>Копия не прошла проверку и не сохранена: {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>no cluster (an empty database)</source>
        <extracomment>The automatic backup&apos;s interval unless the settings say otherwise (settings.BACKUP_INTERVAL).</extracomment>
        <translation>без кластера (пустая база)</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore; see the README.</source>
        <translation>База PostgreSQL восстанавливается программой pg_restore; см. README.</translation>
    </message>
    <message>
        <source>The backup was not restored: its contents do not match the checksum recorded when it was made (the file has changed or is damaged). Choose another copy.</source>
        <translation>Резервная копия не восстановлена: её содержимое не совпадает с контрольной суммой, записанной при создании (файл изменён или повреждён). Выберите другую копию.</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation>Резервная копия не восстановлена: {reason}</translation>
    </message>
    <message>
        <source>pg_dump was not found: install the PostgreSQL client tools.</source>
        <translation>Программа pg_dump не найдена: установите клиентские программы PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Restore the selected copy…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>A checked copy of this database, with its checksum, is made automatically when you close the program and while you work, at most once every few hours; old copies are thinned (daily for a week, weekly for 8 weeks, monthly for a year; copies made before a restore or an upgrade are kept for 30 days). This database&apos;s folder: {folder}</source>
        <translation>Проверенная копия этой базы с контрольной суммой делается автоматически при закрытии программы и во время работы, не чаще раза в несколько часов; старые копии прореживаются (ежедневные — за неделю, еженедельные — за 8 недель, ежемесячные — за год; копии перед восстановлением и обновлением хранятся 30 дней). Папка копий этой базы: {folder}</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Пока нет ни одной резервной копии.</translation>
    </message>
    <message>
        <source>Make the first backup</source>
        <translation>Создать первую резервную копию</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>manifest unreadable</source>
        <translation>описание копии не читается</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записана</translation>
    </message>
    <message>
        <source>none (made by an older version)</source>
        <translation>без контрольной суммы (копия прежней версии)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Replace the whole database with the copy of {when}? Everything entered since then will be gone from the database (a copy of the current state is kept first). The program will reopen the database.</source>
        <translation>Заменить всю базу копией от {when}? Всё, что внесено после этого, исчезнет из базы (текущее состояние сначала сохраняется в отдельную копию). Программа заново откроет базу.</translation>
    </message>
    <message>
        <source>Restoring the copy…</source>
        <translation>Восстанавливается копия…</translation>
    </message>
    <message>
        <source>Restore another cluster&apos;s copy</source>
        <translation>Восстановить копию другого кластера</translation>
    </message>
    <message>
        <source>This copy holds the cluster «{backup}», but the open database holds the cluster «{current}». Replace «{current}» with «{backup}»?</source>
        <translation>В этой копии кластер «{backup}», а в открытой базе — кластер «{current}». Заменить «{current}» на «{backup}»?</translation>
    </message>
</context>
<context>
    <name>BaselinesDialog</name>
    <message>
        <source>Baselines for {year}</source>
        <translation>Базовые значения на {year} год</translation>
    </message>
    <message>
        <source>Pupils of grades 6–11 in the region</source>
        <translation>Школьников 6–11 классов в регионе</translation>
    </message>
    <message>
        <source>Schools in the region</source>
        <translation>Школ в регионе</translation>
    </message>
    <message>
        <source>Students of the cluster&apos;s colleges</source>
        <translation>Студентов колледжей кластера</translation>
    </message>
    <message>
        <source>Enterprises of the industry in the region</source>
        <translation>Предприятий отрасли в регионе</translation>
    </message>
    <message>
        <source>The admission figures (КЦП) are not entered here: they are taken from the section «Indicators», tab «Admissions».</source>
        <translation>Контрольные цифры приёма (КЦП) здесь не вводятся: они берутся из раздела «Показатели», вкладка «Приём».</translation>
    </message>
    <message>
        <source>The percentages on the dashboard are counted against these figures.</source>
        <translation>От этих чисел считаются проценты на вкладке «Охват и цели».</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>by {days} d.</source>
        <translation>на {days} дн.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Add event on this day…</source>
        <translation>Добавить мероприятие на этот день…</translation>
    </message>
    <message>
        <source>This month: {count} events, held {held}</source>
        <translation>В этом месяце мероприятий: {count}, проведено: {held}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>No events on this day.</source>
        <translation>В этот день мероприятий нет.</translation>
    </message>
</context>
<context>
    <name>CareerMapEditor</name>
    <message>
        <source>← Back to the list</source>
        <translation>← К списку</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Send to the council</source>
        <translation>Отправить на совет</translation>
    </message>
    <message>
        <source>The map must be complete; it is locked once sent.</source>
        <translation>Карта должна быть заполнена полностью; после отправки она закрыта для изменений.</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <source>The council sent the map back for changes.</source>
        <translation>Совет вернул карту на доработку.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>A draft copy of the approved map to change; this edition stays in force until the new one is approved.</source>
        <translation>Черновик-копия утверждённой карты для изменений; эта редакция действует, пока не утверждена новая.</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Печать в PDF…</translation>
    </message>
    <message>
        <source>Print the map on the paper chosen</source>
        <translation>Печать карты на выбранной бумаге</translation>
    </message>
    <message>
        <source>Preview of the printed page</source>
        <translation>Предпросмотр печатной страницы</translation>
    </message>
    <message>
        <source>Reading the organizations…</source>
        <translation>Чтение списка организаций…</translation>
    </message>
    <message>
        <source>Career maps</source>
        <translation>Карьерные карты</translation>
    </message>
    <message>
        <source>Your role lets you read career maps, not change them.</source>
        <translation>Ваша роль позволяет просматривать карьерные карты, но не изменять их.</translation>
    </message>
    <message>
        <source>This edition has been replaced by a newer one; it stays as it was approved.</source>
        <translation>Эта редакция заменена новой и остаётся такой, какой была утверждена.</translation>
    </message>
    <message>
        <source>New career map</source>
        <translation>Новая карьерная карта</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранена</translation>
    </message>
    <message>
        <source>{status} on {date} · edition {edition}</source>
        <translation>{status} {date} · редакция {edition}</translation>
    </message>
    <message>
        <source>{status}: protocol No. {number} of {date} · edition {edition}</source>
        <translation>{status}: протокол № {number} от {date} · редакция {edition}</translation>
    </message>
    <message>
        <source>{status} · edition {edition}</source>
        <translation>{status} · редакция {edition}</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>есть несохранённые изменения</translation>
    </message>
    <message>
        <source>The page appears here once the map is saved.</source>
        <translation>Страница появится здесь, когда карта будет сохранена.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red</source>
        <translation>Не сохранено: см. поля, отмеченные красным</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>The map has unsaved changes. Leave without saving them?</source>
        <translation>В карте есть несохранённые изменения. Выйти, не сохраняя их?</translation>
    </message>
    <message>
        <source>Sent to the council: {name}</source>
        <translation>Отправлена на совет: {name}</translation>
    </message>
    <message>
        <source>Returned to draft: {name}</source>
        <translation>Возвращена в черновик: {name}</translation>
    </message>
    <message>
        <source>New edition started: {name}</source>
        <translation>Начата новая редакция: {name}</translation>
    </message>
    <message>
        <source>Approved: {name}</source>
        <translation>Утверждена: {name}</translation>
    </message>
    <message>
        <source>Import a logo</source>
        <translation>Загрузка логотипа</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Logo not imported</source>
        <translation>Логотип не загружен</translation>
    </message>
    <message>
        <source>Logo imported</source>
        <translation>Логотип загружен</translation>
    </message>
    <message>
        <source>Logo not removed</source>
        <translation>Логотип не удалён</translation>
    </message>
    <message>
        <source>Logo removed</source>
        <translation>Логотип удалён</translation>
    </message>
</context>
<context>
    <name>CareerMaps</name>
    <message>
        <source>The file {name} is not a logo: choose a PNG, JPEG or SVG picture.</source>
        <extracomment>A logo is small; a 10 MB file is already a photo of a billboard. The long side of the stored PNG: sharp at 300 dpi in a 80 mm frame on A3.</extracomment>
        <translation>Файл {name} не подходит как логотип: выберите изображение PNG, JPEG или SVG.</translation>
    </message>
    <message>
        <source>The logo file is larger than 10 MB.</source>
        <translation>Файл логотипа больше 10 МБ.</translation>
    </message>
    <message>
        <source>An SVG logo is imported in the program&apos;s window; here, choose a PNG or JPEG file.</source>
        <translation>Логотип SVG загружается в окне программы; здесь выберите файл PNG или JPEG.</translation>
    </message>
    <message>
        <source>The picture {name} is too large (over 100 megapixels).</source>
        <translation>Изображение {name} слишком большое (более 100 мегапикселей).</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Sent to the council</source>
        <translation>Отправлена на совет</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Superseded by a new edition</source>
        <translation>Заменена новой редакцией</translation>
    </message>
    <message>
        <source>A salary is a whole number of rubles from 0 to 10,000,000.</source>
        <extracomment>numbers (1-based) of the later steps this one leads to; None: the next step</extracomment>
        <translation>Зарплата — целое число рублей от 0 до 10 000 000.</translation>
    </message>
    <message>
        <source>Give the minimum, maximum and average salary, or none of them.</source>
        <translation>Укажите минимальную, максимальную и среднюю зарплату либо не указывайте ни одну.</translation>
    </message>
    <message>
        <source>The salary must read minimum ≤ average ≤ maximum.</source>
        <translation>Зарплата должна соответствовать условию: минимум ≤ средняя ≤ максимум.</translation>
    </message>
    <message>
        <source>A step leads only to later steps of the ladder (steps {first} to {last}).</source>
        <translation>Ступень ведёт только к следующим ступеням лестницы (с {first} по {last}).</translation>
    </message>
    <message>
        <source>A step leads to at most three next steps.</source>
        <translation>Ступень ведёт не более чем к трём следующим.</translation>
    </message>
    <message>
        <source>Write the code of the profession or specialty as 15.02.16.</source>
        <translation>Запишите код профессии или специальности в виде 15.02.16.</translation>
    </message>
    <message>
        <source>Choose: profession or specialty.</source>
        <translation>Выберите: профессия или специальность.</translation>
    </message>
    <message>
        <source>Write the web page as https://example.ru.</source>
        <translation>Запишите адрес сайта в виде https://example.ru.</translation>
    </message>
    <message>
        <source>A ladder has at most 12 steps.</source>
        <translation>В лестнице не более 12 ступеней.</translation>
    </message>
    <message>
        <source>Choose the group of the motivation tool.</source>
        <translation>Выберите группу мотивационного инструмента.</translation>
    </message>
    <message>
        <source>Name the industry.</source>
        <translation>Укажите отрасль.</translation>
    </message>
    <message>
        <source>Give the geography and contacts.</source>
        <translation>Укажите географию и контакты.</translation>
    </message>
    <message>
        <source>A career ladder has at least two steps.</source>
        <translation>В карьерной лестнице не менее двух ступеней.</translation>
    </message>
    <message>
        <source>Give the salary of step {number}.</source>
        <translation>Укажите зарплату на ступени {number}.</translation>
    </message>
    <message>
        <source>Name at least one employer.</source>
        <translation>Укажите хотя бы одного работодателя.</translation>
    </message>
    <message>
        <source>Give at least one motivation tool in each of the three groups.</source>
        <translation>Укажите хотя бы один мотивационный инструмент в каждой из трёх групп.</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДЕНО</translation>
    </message>
    <message>
        <source>by the minutes of the meeting of the {council}</source>
        <translation>протоколом заседания {council}</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Federal project «Professionalitet»</source>
        <translation>Федеральный проект «Профессионалитет»</translation>
    </message>
    <message>
        <source>Choose whose logo it is.</source>
        <translation>Выберите, чей это логотип.</translation>
    </message>
    <message>
        <source>This logo no longer exists.</source>
        <translation>Этого логотипа больше нет.</translation>
    </message>
    <message>
        <source>Only a draft can be sent to the council.</source>
        <translation>На совет можно отправить только черновик.</translation>
    </message>
    <message>
        <source>Only a map sent to the council can be returned to draft.</source>
        <translation>Вернуть в черновик можно только карту, отправленную на совет.</translation>
    </message>
    <message>
        <source>Only a map sent to the council can be approved.</source>
        <translation>Утвердить можно только карту, отправленную на совет.</translation>
    </message>
    <message>
        <source>A new edition is made of an approved map.</source>
        <translation>Новую редакцию создают из утверждённой карты.</translation>
    </message>
    <message>
        <source>A new edition of this map is already being prepared.</source>
        <translation>Новая редакция этой карты уже готовится.</translation>
    </message>
    <message>
        <source>This career map no longer exists.</source>
        <translation>Этой карьерной карты больше нет.</translation>
    </message>
    <message>
        <source>Save the employer in the map before giving it a logo.</source>
        <translation>Сначала сохраните работодателя в карте, затем добавьте логотип.</translation>
    </message>
    <message>
        <source>The map has been sent to the council: return it to draft to change it.</source>
        <translation>Карта отправлена на совет: чтобы изменить её, верните её в черновик.</translation>
    </message>
    <message>
        <source>The map is approved and locked: start a new edition to change it.</source>
        <translation>Карта утверждена и закрыта для изменений: создайте новую редакцию.</translation>
    </message>
    <message>
        <source>The cluster already has a career map for {code} at this college: change that map or start its new edition.</source>
        <translation>В кластере уже есть карьерная карта {code} этого колледжа: измените её или создайте её новую редакцию.</translation>
    </message>
    <message>
        <source>{amount} ₽</source>
        <translation>{amount} ₽</translation>
    </message>
    <message>
        <source>from {low} to {high} ₽</source>
        <translation>от {low} до {high} ₽</translation>
    </message>
    <message>
        <source>on average {avg} ₽</source>
        <translation>в среднем {avg} ₽</translation>
    </message>
    <message>
        <source>FEDERAL PROJECT</source>
        <translation>ФЕДЕРАЛЬНЫЙ ПРОЕКТ</translation>
    </message>
    <message>
        <source>PROFESSIONALITET</source>
        <translation>ПРОФЕССИОНАЛИТЕТ</translation>
    </message>
    <message>
        <source>GRADUATE CAREER MAP</source>
        <translation>КАРЬЕРНАЯ КАРТА ВЫПУСКНИКА</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>edition {n}</source>
        <translation>редакция {n}</translation>
    </message>
    <message>
        <source>Project · industry · college</source>
        <translation>Проект · отрасль · колледж</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>industry: {name}</source>
        <translation>отрасль: {name}</translation>
    </message>
    <message>
        <source>Career ladder</source>
        <translation>Карьерная лестница</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Чтобы подняться выше:</translation>
    </message>
    <message>
        <source>Motivation tools</source>
        <translation>Мотивационные инструменты</translation>
    </message>
    <message>
        <source>College support</source>
        <translation>Поддержка колледжа</translation>
    </message>
    <message>
        <source>Employers&apos; social projects</source>
        <translation>Социальные проекты работодателей</translation>
    </message>
    <message>
        <source>Regional support</source>
        <translation>Региональные меры поддержки</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>География</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>The cluster&apos;s web page</source>
        <translation>Сайт кластера</translation>
    </message>
    <message>
        <source>Graduate career map</source>
        <translation>Карьерная карта выпускника</translation>
    </message>
    <message>
        <source>The career map «{name}» does not fit on A4 without type smaller than 6 pt. Print it on A3.</source>
        <translation>Карта карьеры «{name}» не помещается на лист A4 без шрифта мельче 6 пт. Напечатайте её на листе A3.</translation>
    </message>
    <message>
        <source>Graduate career maps</source>
        <translation>Карьерные карты выпускников</translation>
    </message>
    <message>
        <source>There is no approved career map to print.</source>
        <translation>Нет утверждённых карьерных карт для печати.</translation>
    </message>
    <message>
        <source>All career maps {size}.pdf</source>
        <translation>Все карьерные карты {size}.pdf</translation>
    </message>
    <message>
        <source>The paper is A4 or A3.</source>
        <translation>Формат бумаги — A4 или A3.</translation>
    </message>
</context>
<context>
    <name>CareerMapsPage</name>
    <message>
        <source>Career maps</source>
        <translation>Карьерные карты</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Печать в PDF…</translation>
    </message>
    <message>
        <source>Print all approved…</source>
        <translation>Печать всех утверждённых…</translation>
    </message>
    <message>
        <source>Show superseded editions</source>
        <translation>Показывать заменённые редакции</translation>
    </message>
    <message>
        <source>Search by code, name, college…</source>
        <translation>Поиск по коду, названию, колледжу…</translation>
    </message>
    <message>
        <source>A new career map; the arrow beside it: a new edition of the chosen approved map</source>
        <translation>Новая карьерная карта; стрелка рядом — новая редакция выбранной утверждённой карты</translation>
    </message>
    <message>
        <source>The chosen map to a PDF file; the arrow beside it: every approved map</source>
        <translation>Выбранная карта в файл PDF; стрелка рядом — все утверждённые карты</translation>
    </message>
    <message>
        <source>Print the chosen map on the paper chosen below</source>
        <translation>Печать выбранной карты на бумаге, выбранной ниже</translation>
    </message>
    <message>
        <source>A draft copy of the chosen approved map to change; that edition stays in force until the new one is approved.</source>
        <translation>Черновик-копия выбранной утверждённой карты для изменений; та редакция действует, пока не утверждена новая.</translation>
    </message>
    <message>
        <source>The paper «Print PDF…» and «Print all approved…» use</source>
        <translation>Бумага для «Печать в PDF…» и «Печать всех утверждённых…»</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Profession or specialty</source>
        <translation>Профессия или специальность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>There are no career maps yet.</source>
        <translation>Пока нет ни одной карьерной карты.</translation>
    </message>
    <message>
        <source>Add the first career map</source>
        <translation>Добавить первую карьерную карту</translation>
    </message>
    <message>
        <source>{count} maps</source>
        <translation>Карт: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Delete the draft career map «{code} {name}» ({college})?</source>
        <translation>Удалить черновик карьерной карты «{code} {name}» ({college})?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
    <message>
        <source>New edition started: {name}</source>
        <translation>Начата новая редакция: {name}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <source>Schema version: {current} (this program: {head})</source>
        <translation>Версия схемы: {current} (в этой программе: {head})</translation>
    </message>
    <message>
        <source>The schema is not up to date.</source>
        <translation>Схема базы данных не обновлена до текущей версии.</translation>
    </message>
    <message>
        <source>Integrity check failed: {details}</source>
        <translation>Проверка целостности не пройдена: {details}</translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation>Проверка целостности: ошибок нет</translation>
    </message>
    <message>
        <source>{count} rows point to missing rows (foreign keys).</source>
        <translation>Строк со ссылками на несуществующие записи (внешние ключи): {count}.</translation>
    </message>
    <message>
        <source>The file is not marked as a ClusterDesk database.</source>
        <translation>Файл не помечен как база данных ClusterDesk.</translation>
    </message>
    <message>
        <source>PostgreSQL server {version}: reachable</source>
        <translation>Сервер PostgreSQL {version}: доступен</translation>
    </message>
    <message>
        <source>Audit log: the chain is intact</source>
        <translation>Журнал изменений: цепочка записей не нарушена</translation>
    </message>
    <message>
        <source>Audit log: {signed} of {entries} entries are signed with a key kept outside the database.</source>
        <translation>Журнал изменений: {signed} из {entries} записей подписаны ключом, который хранится вне базы данных.</translation>
    </message>
    <message>
        <source>Audit log: on PostgreSQL the entries are not signed; the log is compared with the head recorded on this computer.</source>
        <translation>Журнал изменений: в PostgreSQL записи не подписываются; журнал сверяется с последней записью, запомненной на этом компьютере.</translation>
    </message>
    <message>
        <source>Compared with the backup {name}: {problem}</source>
        <translation>Сверка с резервной копией {name}: {problem}</translation>
    </message>
    <message>
        <source>Audit log: it holds the last entry recorded in the backup {name}.</source>
        <translation>Журнал изменений: в нём есть последняя запись, сохранённая в резервной копии {name}.</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверок</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Действующая</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Show older revisions</source>
        <translation>Показать прежние редакции</translation>
    </message>
    <message>
        <source>Editing a checklist that inspections use makes a new revision; those inspections keep theirs.</source>
        <translation>Изменение чек-листа, по которому уже есть проверки, создаёт новую редакцию; эти проверки сохраняют свою.</translation>
    </message>
    <message>
        <source>Read-only. Editing a checklist that inspections use makes a new revision; those inspections keep theirs.</source>
        <translation>Только просмотр. Изменение чек-листа, по которому уже есть проверки, создаёт новую редакцию; эти проверки сохраняют свою.</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>Новый чек-лист…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>Копировать как новый…</translation>
    </message>
    <message>
        <source>A new checklist with the same sections and items</source>
        <translation>Новый чек-лист с теми же разделами и пунктами</translation>
    </message>
    <message>
        <source>Search by checklist or kind…</source>
        <translation>Поиск по названию или виду чек-листа…</translation>
    </message>
    <message>
        <source>There are no checklists yet.</source>
        <translation>Пока нет ни одного чек-листа.</translation>
    </message>
    <message>
        <source>Add the first checklist</source>
        <translation>Добавить первый чек-лист</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>An older revision is kept as it was; edit the current one.</source>
        <translation>Прежняя редакция хранится без изменений; изменяйте текущую.</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>Новая редакция</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Only an administrator can break the lock of a database.</source>
        <translation>Снять блокировку базы может только администратор.</translation>
    </message>
    <message>
        <source>This database has accounts: give the user name with --user or CLUSTERDESK_USER, and the password in CLUSTERDESK_PASSWORD.</source>
        <translation>В этой базе есть учётные записи: укажите имя пользователя через --user или CLUSTERDESK_USER, а пароль — в CLUSTERDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>No password: set CLUSTERDESK_PASSWORD or run the command in a terminal.</source>
        <translation>Пароль не указан: задайте CLUSTERDESK_PASSWORD или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Пароль пользователя {user}: </translation>
    </message>
    <message>
        <source>manifest unreadable</source>
        <translation>описание копии не читается</translation>
    </message>
    <message>
        <source>with checksum</source>
        <translation>с контрольной суммой</translation>
    </message>
    <message>
        <source>without checksum</source>
        <translation>без контрольной суммы</translation>
    </message>
    <message>
        <source>Field packages are exported and merged at the office, not in field mode.</source>
        <translation>Полевые пакеты выгружаются и загружаются в офисе, а не в полевом режиме.</translation>
    </message>
    <message>
        <source>Demo data added: {count} organizations.</source>
        <translation>Демонстрационные данные добавлены. Организаций: {count}.</translation>
    </message>
    <message>
        <source>Name the file to write with --out.</source>
        <translation>Укажите файл для записи: --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>Name the workshop with --workshop.</source>
        <translation>Укажите мастерскую через --workshop.</translation>
    </message>
    <message>
        <source>{count} items written to {path}</source>
        <translation>Выгружено позиций: {count}. Файл: {path}</translation>
    </message>
    <message>
        <source>Template written to {path}</source>
        <translation>Шаблон сохранён: {path}</translation>
    </message>
    <message>
        <source>{count} organizations written to {path}</source>
        <translation>Выгружено организаций: {count}. Файл: {path}</translation>
    </message>
    <message>
        <source>The report file must end in .xlsx or .pdf.</source>
        <extracomment>reports the catalog does not list: many files written into a folder at once</extracomment>
        <translation>Файл отчёта должен оканчиваться на .xlsx или .pdf.</translation>
    </message>
    <message>
        <source>Report written to {path} ({rows} rows).</source>
        <translation>Отчёт сохранён: {path} (строк: {rows}).</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>To restore it all the same, repeat the command with --other-cluster.</source>
        <translation>Чтобы всё же восстановить её, повторите команду с ключом --other-cluster.</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>База восстановлена из копии {path}.</translation>
    </message>
    <message>
        <source>The state before the restore was kept in {path}</source>
        <translation>Состояние до восстановления сохранено в {path}</translation>
    </message>
    <message>
        <source>Give the month of the form with --month YYYY-MM.</source>
        <translation>Укажите месяц формы: --month ГГГГ-ММ.</translation>
    </message>
    <message>
        <source>The form for {month} is recorded as submitted.</source>
        <translation>Форма за {month} записана как сданная.</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-12.</source>
        <translation>«{text}» — не дата: укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2026-03-12.</translation>
    </message>
    <message>
        <source>Give the plan with --plan ID (the ids are in «list plans»).</source>
        <translation>Укажите план: --plan ID (идентификаторы выводит команда «list plans»).</translation>
    </message>
    <message>
        <source>There is no plan {id}: see «list plans».</source>
        <translation>Плана {id} нет: список планов выводит команда «list plans».</translation>
    </message>
    <message>
        <source>The plan file must end in .xlsx, .pdf or .docx.</source>
        <translation>Файл плана должен иметь расширение .xlsx, .pdf или .docx.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE --to DATE.</source>
        <translation>Укажите период: --from ДАТА --to ДАТА.</translation>
    </message>
    <message>
        <source>Report written to {path}: {held} events held, {people} people reached.</source>
        <translation>Отчёт сохранён: {path} (проведено мероприятий: {held}, охвачено человек: {people}).</translation>
    </message>
    <message>
        <source>«{text}» is not an id.</source>
        <translation>«{text}» — не идентификатор.</translation>
    </message>
    <message>
        <source>{path} is not a field package of ClusterDesk, or it is damaged: it was not opened.</source>
        <translation>{path} — не полевой пакет ClusterDesk или он повреждён: файл не открыт.</translation>
    </message>
    <message>
        <source>The file {path} could not be written or read: {reason}</source>
        <translation>Не удалось записать или прочитать файл {path}: {reason}</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Проверка пройдена.</translation>
    </message>
    <message>
        <source>Check FAILED.</source>
        <translation>Проверка НЕ пройдена.</translation>
    </message>
    <message>
        <source>Data check: no contradictions.</source>
        <translation>Проверка данных: противоречий нет.</translation>
    </message>
    <message>
        <source>Data check: {count} contradictions.</source>
        <translation>Проверка данных: противоречий — {count}.</translation>
    </message>
    <message>
        <source>Written {done} of {total}</source>
        <translation>Записано {done} из {total}</translation>
    </message>
    <message>
        <source>{count} errors in {rows} rows: nothing was imported.</source>
        <translation>Ошибок: {count}, строк проверено: {rows}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Check only: {rows} rows are correct; nothing was changed.</source>
        <translation>Только проверка. Строк без ошибок: {rows}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импортировано строк: {rows}. Добавлено: {created}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <source>Give the career map with --id ID (the ids are in «list career-maps»).</source>
        <translation>Укажите карьерную карту: --id ID (идентификаторы выводит команда «list career-maps»).</translation>
    </message>
    <message>
        <source>There is no career map {id}: see «list career-maps».</source>
        <translation>Карьерной карты {id} нет: список карт выводит команда «list career-maps».</translation>
    </message>
    <message>
        <source>The report file must end in .pdf.</source>
        <translation>Файл отчёта должен оканчиваться на .pdf.</translation>
    </message>
    <message>
        <source>Add --all: every approved career map is printed into the folder --out.</source>
        <translation>Добавьте --all: все утверждённые карьерные карты будут сохранены в папку --out.</translation>
    </message>
    <message>
        <source>{path} is not a folder: give a folder with --out, one PDF a map and the combined file are written into it.</source>
        <translation>{path} — не папка: укажите папку в --out, в неё сохраняются PDF каждой карты и общий файл.</translation>
    </message>
    <message>
        <source>There is no approved career map: nothing was written.</source>
        <translation>Нет ни одной утверждённой карьерной карты: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Give the inspection with --id ID (the ids are in «list inspections»).</source>
        <translation>Укажите проверку: --id ID (идентификаторы выводит команда «list inspections»).</translation>
    </message>
    <message>
        <source>There is no inspection {id}: see «list inspections».</source>
        <translation>Проверки {id} нет: список проверок выводит команда «list inspections».</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Отчёт сохранён: {path}.</translation>
    </message>
    <message>
        <source>There is no site «{site}»: give its id or its name.</source>
        <translation>Площадки «{site}» нет: укажите её идентификатор или название.</translation>
    </message>
    <message>
        <source>Field package for {name} written to {path}: {inspections} inspections, {sites} sites, {photos} photos.</source>
        <translation>Полевой пакет для проверяющего {name} сохранён: {path} (проверок: {inspections}, площадок: {sites}, фото: {photos}).</translation>
    </message>
    <message>
        <source>Field package of every planned inspection written to {path}: {inspections} inspections, {sites} sites, {photos} photos.</source>
        <translation>Полевой пакет всех запланированных проверок сохранён: {path} (проверок: {inspections}, площадок: {sites}, фото: {photos}).</translation>
    </message>
    <message>
        <source>Field package {path} merged (inspector: {name}).</source>
        <translation>Полевой пакет {path} загружен (проверяющий: {name}).</translation>
    </message>
    <message>
        <source>Rows: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Записи: добавлено {added}, изменено {changed}, удалено {deleted}, конфликтов {conflicts}.</translation>
    </message>
    <message>
        <source>Photos: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts.</source>
        <translation>Фото: добавлено {added}, изменено {changed}, удалено {deleted}, конфликтов {conflicts}.</translation>
    </message>
    <message>
        <source>Nothing changed: everything in the package was already here.</source>
        <translation>Ничего не изменилось: всё из пакета уже было в базе.</translation>
    </message>
    <message>
        <source>The office values stay where both sides changed: resolve the conflicts in the Inspections section.</source>
        <translation>Там, где изменения есть с обеих сторон, оставлены офисные значения: разрешите конфликты в разделе «Проверки».</translation>
    </message>
    <message>
        <source>«{text}» is not a year: give a year from {first} to {last}, e.g. 2026.</source>
        <translation>«{text}» — не год: укажите год от {first} до {last}, например 2026.</translation>
    </message>
    <message>
        <source>Give the year with --year YYYY.</source>
        <translation>Укажите год: --year ГГГГ.</translation>
    </message>
    <message>
        <source>Give the meeting with --id ID (the ids are in «list meetings»).</source>
        <translation>Укажите заседание: --id ID (идентификаторы выводит команда «list meetings»).</translation>
    </message>
    <message>
        <source>There is no meeting {id}: see «list meetings».</source>
        <translation>Заседания {id} нет: список заседаний выводит команда «list meetings».</translation>
    </message>
    <message>
        <source>The protocol file must end in .pdf or .docx.</source>
        <translation>Файл протокола должен иметь расширение .pdf или .docx.</translation>
    </message>
    <message>
        <source>--days must be 0 or more.</source>
        <translation>Значение --days должно быть не меньше 0.</translation>
    </message>
    <message>
        <source>The deadlines file must end in .ics.</source>
        <translation>Файл сроков должен иметь расширение .ics.</translation>
    </message>
    <message>
        <source>{count} deadlines written to {path}</source>
        <translation>Сроков записано: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Name the participant with --id: its ИНН or its id.</source>
        <translation>Укажите участника: --id ИНН или id.</translation>
    </message>
    <message>
        <source>The agreement is a Word file: its name must end in .docx.</source>
        <translation>Соглашение — файл Word: его имя должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <source>No participant of the cluster has the ИНН or id {key}.</source>
        <translation>Нет участника кластера с ИНН или id {key}.</translation>
    </message>
    <message>
        <source>Agreement with {name} written to {path}</source>
        <translation>Соглашение с {name} записано в {path}</translation>
    </message>
    <message>
        <source>{count} files written to {path}</source>
        <translation>Записано файлов: {count}, папка {path}</translation>
    </message>
</context>
<context>
    <name>CloseFindingDialog</name>
    <message>
        <source>Close the finding</source>
        <translation>Закрыть замечание</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>What was done to fix it</source>
        <translation>Что сделано для устранения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Файл-подтверждение</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>New cluster</source>
        <extracomment>the last day every month has: a due day after it would not exist in February</extracomment>
        <translation>Новый кластер</translation>
    </message>
    <message>
        <source>Choose the kind of cluster.</source>
        <translation>Выберите вид кластера.</translation>
    </message>
    <message>
        <source>The programme cannot end before it starts.</source>
        <translation>Программа не может закончиться раньше, чем началась.</translation>
    </message>
    <message>
        <source>The programme of activity runs for at least 3 years.</source>
        <translation>Программа деятельности должна быть рассчитана не менее чем на 3 года.</translation>
    </message>
    <message>
        <source>The due day is a day of the month from 1 to {last}.</source>
        <translation>Срок сдачи — число месяца от 1 до {last}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed both in the office and in the field</source>
        <translation>Изменено и в офисе, и в поле</translation>
    </message>
    <message>
        <source>Changed in the field, deleted in the office</source>
        <translation>Изменено в поле, удалено в офисе</translation>
    </message>
    <message>
        <source>Deleted in the field, changed in the office</source>
        <translation>Удалено в поле, изменено в офисе</translation>
    </message>
    <message>
        <source>Added in the field to a record deleted in the office</source>
        <translation>Добавлено в поле к записи, удалённой в офисе</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Плановая дата</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт чек-листа</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the office</source>
        <translation>В офисе</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>В полевом пакете</translation>
    </message>
    <message>
        <source>Keep office</source>
        <translation>Оставить офисное</translation>
    </message>
    <message>
        <source>Keep field</source>
        <translation>Оставить полевое</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Конфликт не разрешён</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Choose a database file, not a folder.</source>
        <extracomment>a check gives up after this many seconds instead of hanging the dialog on a dead server</extracomment>
        <translation>Выберите файл базы данных, а не папку.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Укажите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Укажите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter the account name on the server.</source>
        <translation>Укажите имя учётной записи на сервере.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — число от 1 до 65535.</translation>
    </message>
    <message>
        <source>File {path}</source>
        <translation>Файл {path}</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>в памяти</translation>
    </message>
    <message>
        <source>Server {host}:{port}, database {database}, account {user}</source>
        <translation>Сервер {host}:{port}, база {database}, учётная запись {user}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} нет.</translation>
    </message>
    <message>
        <source>The server {host} is not found: check its name.</source>
        <translation>Сервер {host} не найден: проверьте его имя.</translation>
    </message>
    <message>
        <source>The server {host} does not answer: check the address, the port and the network.</source>
        <translation>Сервер {host} не отвечает: проверьте адрес, порт и сеть.</translation>
    </message>
    <message>
        <source>The server refused the account name or password.</source>
        <translation>Сервер не принял имя учётной записи или пароль.</translation>
    </message>
    <message>
        <source>The server has no database with this name.</source>
        <translation>На сервере нет базы с таким именем.</translation>
    </message>
    <message>
        <source>The server did not let us in: {reason}</source>
        <translation>Сервер не открыл базу: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Подключение к базе</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Файл на этом компьютере</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server</source>
        <translation>Общая база на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s own file in your data folder</source>
        <translation>Пусто — собственный файл программы в вашей папке данных</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>name or address, e.g. db.college.local</source>
        <translation>имя или адрес, например db.college.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Open now: {where}</source>
        <translation>Сейчас открыта: {where}</translation>
    </message>
    <message>
        <source>The program opens the chosen database the next time it starts. Everyone who works together chooses the same server.</source>
        <translation>Программа откроет выбранную базу при следующем запуске. Все, кто работает вместе, выбирают один и тот же сервер.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>ClusterDesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База ClusterDesk (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Проверяем подключение…</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>База отвечает.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit contract</source>
        <translation>Изменение контракта</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый контракт</translation>
    </message>
    <message>
        <source>Budget line *</source>
        <translation>Статья бюджета *</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Contract no. *</source>
        <translation>Номер контракта *</translation>
    </message>
    <message>
        <source>e.g. 15/2026</source>
        <translation>например, 15/2026</translation>
    </message>
    <message>
        <source>Signed on *</source>
        <translation>Дата заключения *</translation>
    </message>
    <message>
        <source>Supplier&apos;s INN *</source>
        <translation>ИНН поставщика *</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Only for a supplier not listed yet: full name</source>
        <translation>Только для нового поставщика: полное наименование</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Sum, RUB *</source>
        <translation>Сумма, ₽ *</translation>
    </message>
    <message>
        <source>Incl. VAT, RUB</source>
        <translation>В т. ч. НДС, ₽</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Items ({count})</source>
        <translation>Позиции ({count})</translation>
    </message>
    <message>
        <source>Choose the budget line.</source>
        <translation>Выберите статью бюджета.</translation>
    </message>
</context>
<context>
    <name>ContractItemsBox</name>
    <message>
        <source>Infrastructure items bought under this contract</source>
        <translation>Позиции инфраструктурных листов, закупленные по этому контракту</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Дата поставки</translation>
    </message>
    <message>
        <source>Show in its list</source>
        <translation>Показать в листе</translation>
    </message>
    <message>
        <source>No infrastructure item is linked to this contract yet; choose the contract in the item&apos;s window.</source>
        <translation>К этому контракту ещё не привязана ни одна позиция инфраструктурного листа; выберите контракт в окне позиции.</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <source>Council: {name}</source>
        <translation>Совет: {name}</translation>
    </message>
    <message>
        <source>New council</source>
        <translation>Новый совет</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>Name in the genitive</source>
        <translation>Наименование в родительном падеже</translation>
    </message>
    <message>
        <source>as in «by the protocol of the meeting of …»</source>
        <translation>как в «протоколом заседания …»</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Вид *</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Порядок в списке</translation>
    </message>
    <message>
        <source>The name in the genitive goes into the approvals the council gives; the name itself is used when it is empty.</source>
        <translation>Наименование в родительном падеже подставляется в грифы утверждения решений совета; если оно не заполнено, используется наименование.</translation>
    </message>
</context>
<context>
    <name>CouncilsTab</name>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Saved: meeting No. {number}</source>
        <translation>Сохранено: заседание № {number}</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить заседание</translation>
    </message>
    <message>
        <source>Delete the meeting No. {number} of {date} with its attendance and decisions?</source>
        <translation>Удалить заседание № {number} от {date} вместе с явкой и решениями?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Saved: decision No. {position}</source>
        <translation>Сохранено: решение № {position}</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Удалить решение</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членов</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседаний</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вошёл</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решений</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Print the protocol of the chosen meeting</source>
        <translation>Печать протокола выбранного заседания</translation>
    </message>
    <message>
        <source>Add council…</source>
        <translation>Добавить совет…</translation>
    </message>
    <message>
        <source>Edit council…</source>
        <translation>Изменить совет…</translation>
    </message>
    <message>
        <source>Delete council</source>
        <translation>Удалить совет</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить члена совета…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Изменить члена совета…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Удалить члена совета</translation>
    </message>
    <message>
        <source>Protocol No. {number} of {date}</source>
        <translation>Протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Изменить заседание…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Добавить решение…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <source>Open decision</source>
        <translation>Открыть решение</translation>
    </message>
    <message>
        <source>Carry out…</source>
        <translation>Исполнить…</translation>
    </message>
    <message>
        <source>Admit or exclude the participant, or write the approval into what it approves</source>
        <translation>Принять или исключить участника либо внести утверждение в утверждаемый документ</translation>
    </message>
    <message>
        <source>Protocol PDF…</source>
        <translation>Протокол PDF…</translation>
    </message>
    <message>
        <source>There are no councils yet.</source>
        <translation>Пока нет ни одного совета.</translation>
    </message>
    <message>
        <source>Add the first council</source>
        <translation>Добавить первый совет</translation>
    </message>
    <message>
        <source>The council has no members yet.</source>
        <translation>В совете пока нет ни одного члена.</translation>
    </message>
    <message>
        <source>Add the first member</source>
        <translation>Добавить первого члена совета</translation>
    </message>
    <message>
        <source>The council has no meetings yet.</source>
        <translation>У совета пока нет ни одного заседания.</translation>
    </message>
    <message>
        <source>Add the first meeting</source>
        <translation>Добавить первое заседание</translation>
    </message>
    <message>
        <source>The meeting has no decisions yet.</source>
        <translation>У заседания пока нет ни одного решения.</translation>
    </message>
    <message>
        <source>Add the first decision</source>
        <translation>Добавить первое решение</translation>
    </message>
    <message>
        <source>Members of the council</source>
        <translation>Члены совета</translation>
    </message>
    <message>
        <source>Meetings of the council</source>
        <translation>Заседания совета</translation>
    </message>
    <message>
        <source>Decisions of the meeting</source>
        <translation>Решения заседания</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Delete the council «{name}» with its list of members?</source>
        <translation>Удалить совет «{name}» вместе со списком его членов?</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
    <message>
        <source>Delete {name} from the council? Delete only a member entered by mistake: one who left the council gets a date of leaving.</source>
        <translation>Удалить {name} из совета? Удаляйте только ошибочно внесённого члена совета: вышедшему из совета указывают дату выхода.</translation>
    </message>
    <message>
        <source>Delete the decision No. {position}?</source>
        <translation>Удалить решение № {position}?</translation>
    </message>
    <message>
        <source>Carry out the decision</source>
        <translation>Исполнение решения</translation>
    </message>
    <message>
        <source>The decision is already carried out.</source>
        <translation>Решение уже исполнено.</translation>
    </message>
    <message>
        <source>Exclude «{name}» from the cluster by this decision? Its membership ends on {date}, the day of the meeting.</source>
        <translation>Исключить «{name}» из кластера по этому решению? Участие прекратится {date}, в день заседания.</translation>
    </message>
    <message>
        <source>Excluded: {name}</source>
        <translation>Исключён: {name}</translation>
    </message>
    <message>
        <source>Admitted: {name}</source>
        <translation>Принят: {name}</translation>
    </message>
    <message>
        <source>Write the council, the protocol No. {number} and its date {date} into what the decision approves?</source>
        <translation>Внести совет, протокол № {number} и его дату {date} в утверждаемый документ?</translation>
    </message>
    <message>
        <source>Approval written: {what}</source>
        <translation>Утверждение внесено: {what}</translation>
    </message>
    <message>
        <source>This decision is carried out by the people responsible: mark it done in the decision when it is.</source>
        <translation>Это решение исполняют ответственные: когда оно будет исполнено, отметьте это в самом решении.</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Protocol of the meeting</source>
        <translation>Протокол заседания</translation>
    </message>
    <message>
        <source>protocol-{number}-{date}.pdf</source>
        <translation>протокол-{number}-{date}.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CreateRequestDialog</name>
    <message>
        <source>New data request</source>
        <translation>Новый запрос данных</translation>
    </message>
    <message>
        <source>What is asked *</source>
        <translation>Что запрашивается *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>e.g. Reach of the events for the first half-year</source>
        <translation>например, Охват мероприятий за первое полугодие</translation>
    </message>
    <message>
        <source>Period from *</source>
        <translation>Период с *</translation>
    </message>
    <message>
        <source>Period to *</source>
        <translation>Период по *</translation>
    </message>
    <message>
        <source>Return by *</source>
        <translation>Вернуть до *</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <source>Participants *</source>
        <translation>Участники *</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Укажите дату.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>no change this month</source>
        <translation>без изменений за месяц</translation>
    </message>
    <message>
        <source>mln RUB</source>
        <translation>млн ₽</translation>
    </message>
    <message>
        <source>{change} this month</source>
        <translation>{change} за месяц</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Events this month</source>
        <translation>Мероприятия месяца</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Inspection findings</source>
        <translation>Замечания проверок</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Показатели результативности</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sites and workshops</source>
        <translation>Площадки и мастерские</translation>
    </message>
    <message>
        <source>Career maps</source>
        <translation>Карьерные карты</translation>
    </message>
    <message>
        <source>Click to open the section</source>
        <translation>Нажмите, чтобы открыть раздел</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Проверка данных</translation>
    </message>
    <message>
        <source>Click to open the list of contradictions</source>
        <translation>Щёлкните, чтобы открыть список противоречий</translation>
    </message>
    <message>
        <source>No money or events recorded this year yet: the charts appear when there are.</source>
        <translation>В этом году ещё нет ни средств, ни мероприятий: графики появятся, когда они будут.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {error}</source>
        <translation>Сводку не удалось загрузить: {error}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>на {date}</translation>
    </message>
    <message>
        <source>No grant money planned yet.</source>
        <translation>Средства гранта ещё не запланированы.</translation>
    </message>
    <message>
        <source>Overdue contracts: {count}</source>
        <translation>Просроченных контрактов: {count}</translation>
    </message>
    <message>
        <source>No overdue contracts.</source>
        <translation>Просроченных контрактов нет.</translation>
    </message>
    <message>
        <source>Share of the federal grant contracted</source>
        <translation>Доля законтрактованных средств федерального гранта</translation>
    </message>
    <message>
        <source>Federal grant</source>
        <translation>Федеральный грант</translation>
    </message>
    <message>
        <source>All sources of money</source>
        <translation>Все источники средств</translation>
    </message>
    <message>
        <source>Compared with the figure on {date}</source>
        <translation>По сравнению со значением на {date}</translation>
    </message>
    <message>
        <source>Contracted: {part} of {whole}</source>
        <translation>Законтрактовано: {part} из {whole}</translation>
    </message>
    <message>
        <source>Paid: {part}</source>
        <translation>Оплачено: {part}</translation>
    </message>
    <message>
        <source>Federal grant: planned {planned}, contracted {contracted}, paid {paid}</source>
        <translation>Федеральный грант: запланировано {planned}, законтрактовано {contracted}, оплачено {paid}</translation>
    </message>
    <message>
        <source>All sources: planned {planned}, contracted {contracted}, paid {paid}</source>
        <translation>Все источники: запланировано {planned}, законтрактовано {contracted}, оплачено {paid}</translation>
    </message>
    <message>
        <source>No money planned from any source yet.</source>
        <translation>Ни по одному источнику средства ещё не запланированы.</translation>
    </message>
    <message>
        <source>Share of the money of all sources contracted</source>
        <translation>Доля законтрактованных средств всех источников</translation>
    </message>
    <message>
        <source>Held: {held}; reached {reach} of {planned} planned</source>
        <translation>Проведено: {held}; охвачено {reach} из {planned} по плану</translation>
    </message>
    <message>
        <source>No events planned this month.</source>
        <translation>В этом месяце мероприятий не запланировано.</translation>
    </message>
    <message>
        <source>This year: {people} people reached</source>
        <translation>С начала года охвачено: {people} чел.</translation>
    </message>
    <message>
        <source>Annual work plan, apart: {people} people</source>
        <translation>По годовому плану работы (отдельно): {people} чел.</translation>
    </message>
    <message>
        <source>Targets not met yet: {count} of {total}</source>
        <translation>Целевые значения не достигнуты: {count} из {total}</translation>
    </message>
    <message>
        <source>Overdue events (not marked held): {count}</source>
        <translation>Просроченных мероприятий (не отмечены проведёнными): {count}</translation>
    </message>
    <message>
        <source>Events this month (without cancelled)</source>
        <translation>Мероприятия месяца (без отменённых)</translation>
    </message>
    <message>
        <source>No roadmap items yet.</source>
        <translation>Пунктов дорожной карты пока нет.</translation>
    </message>
    <message>
        <source>overdue of {total} items:</source>
        <translation>просрочено из {total} пунктов:</translation>
    </message>
    <message>
        <source>Nothing overdue of {total} items.</source>
        <translation>Из {total} пунктов ничего не просрочено.</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Открытых замечаний нет.</translation>
    </message>
    <message>
        <source>open findings</source>
        <translation>открытых замечаний</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>просроченных нет</translation>
    </message>
    <message>
        <source>No performance indicators entered yet.</source>
        <translation>Показатели результативности ещё не введены.</translation>
    </message>
    <message>
        <source>All {total} indicators on target.</source>
        <translation>Все показатели ({total}) выполняются.</translation>
    </message>
    <message>
        <source>behind target of {total}:</source>
        <translation>отстают от плана из {total}:</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Пока нет участников.</translation>
    </message>
    <message>
        <source>colleges: {colleges}, employers: {employers}, others: {others}</source>
        <translation>колледжей: {colleges}, работодателей: {employers}, других: {others}</translation>
    </message>
    <message>
        <source>joined this year: {count}</source>
        <translation>вступили в этом году: {count}</translation>
    </message>
    <message>
        <source>Members of the cluster now</source>
        <translation>Участники кластера на сегодня</translation>
    </message>
    <message>
        <source>No sites yet.</source>
        <translation>Пока нет площадок.</translation>
    </message>
    <message>
        <source>workshops at {sites} sites</source>
        <translation>мастерских на {sites} площадках</translation>
    </message>
    <message>
        <source>Workshops (kinds of work)</source>
        <translation>Мастерские (виды работ)</translation>
    </message>
    <message>
        <source>No career maps yet.</source>
        <translation>Пока нет карьерных карт.</translation>
    </message>
    <message>
        <source>approved; drafts: {drafts}, with the council: {sent}</source>
        <translation>утверждено; черновиков: {drafts}, на утверждении в совете: {sent}</translation>
    </message>
    <message>
        <source>Career maps approved by the council</source>
        <translation>Карьерные карты, утверждённые советом</translation>
    </message>
    <message>
        <source>The data agree with every rule of the data check.</source>
        <translation>Данные соответствуют всем правилам проверки.</translation>
    </message>
    <message>
        <source>contradictions with {rules} rules: click to see each with its record</source>
        <translation>противоречий с правилами ({rules}): щёлкните, чтобы увидеть каждое и его запись</translation>
    </message>
    <message>
        <source>Contradictions the data check finds</source>
        <translation>Противоречия, найденные проверкой данных</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Baselines…</source>
        <translation>Базовые значения…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Programme targets</source>
        <translation>Целевые показатели программы</translation>
    </message>
    <message>
        <source>In the period: {total} events planned, {held} held; {people} people reached; schools involved: {schools}; enterprises involved: {enterprises}.</source>
        <translation>За период: мероприятий запланировано — {total}, проведено — {held}; охвачено человек — {people}; школ вовлечено — {schools}; предприятий вовлечено — {enterprises}.</translation>
    </message>
    <message>
        <source>Annual work plan of the cluster (not counted toward the targets): {total} events planned, {held} held; {people} people reached.</source>
        <translation>Годовой план работы кластера (не учитывается в целевых показателях): мероприятий запланировано — {total}, проведено — {held}; охвачено человек — {people}.</translation>
    </message>
    <message>
        <source>No baselines entered for {year}: the percentages cannot be counted.</source>
        <translation>Базовые значения на {year} год не введены: проценты посчитать нельзя.</translation>
    </message>
    <message>
        <source>Enter them with «Baselines…».</source>
        <translation>Введите их кнопкой «Базовые значения…».</translation>
    </message>
    <message>
        <source>Percentages against the baselines of {year}.</source>
        <translation>Проценты — от базовых значений {year} года.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Охват и цели</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>Programme of activity «{title}»</source>
        <translation>Программа деятельности «{title}»</translation>
    </message>
    <message>
        <source>Design project</source>
        <translation>Дизайн-проект</translation>
    </message>
    <message>
        <source>Equipment list</source>
        <translation>Инфраструктурный лист</translation>
    </message>
    <message>
        <source>{what}: {site} — {workshop}</source>
        <translation>{what}: {site} — {workshop}</translation>
    </message>
    <message>
        <source>Approved without a council decision</source>
        <translation>Утверждено без решения совета</translation>
    </message>
    <message>
        <source>A plan, a career map, the programme of activity, a design project or an equipment list is marked approved, but no decision of a recorded council meeting approves it: its approval is typed text (kept from before the register), so what it prints is not in the register. Record the meeting and its decision, then approve the record by choosing it.</source>
        <translation>План, карьерная карта, программа деятельности, дизайн-проект или инфраструктурный лист отмечены как утверждённые, но ни одно решение записанного заседания совета их не утверждает: утверждение набрано текстом (осталось с тех пор, когда реестра не было), и то, что печатается, в реестре отсутствует. Внесите заседание и его решение, затем утвердите запись, выбрав это решение.</translation>
    </message>
    <message>
        <source>typed as «{text}», no decision in the register</source>
        <translation>набрано как «{text}», решения в реестре нет</translation>
    </message>
    <message>
        <source>no decision in the register</source>
        <translation>решения в реестре нет</translation>
    </message>
    <message>
        <source>no protocol number</source>
        <translation>нет номера протокола</translation>
    </message>
    <message>
        <source>no approval date</source>
        <translation>нет даты утверждения</translation>
    </message>
    <message>
        <source>approved on {date}, a day still ahead</source>
        <translation>утверждено {date} — эта дата ещё не наступила</translation>
    </message>
    <message>
        <source>Approved without the protocol&apos;s number or date</source>
        <translation>Утверждено без номера или даты протокола</translation>
    </message>
    <message>
        <source>A plan or a career map is marked approved, but the approval has no protocol number or no date (or a date still ahead), so its approval stamp cannot be printed truthfully. Record the council&apos;s protocol, or return it to draft.</source>
        <translation>План или карьерная карта отмечены утверждёнными, но у утверждения нет номера протокола или даты (или дата ещё не наступила), поэтому гриф утверждения нельзя напечатать верно. Внесите протокол совета или верните документ в проект.</translation>
    </message>
    <message>
        <source>Plan «{title}»</source>
        <translation>План «{title}»</translation>
    </message>
    <message>
        <source>Career map {code} «{profession}»</source>
        <translation>Карьерная карта {code} «{profession}»</translation>
    </message>
    <message>
        <source>Event «{title}» of {date}</source>
        <translation>Мероприятие «{title}» от {date}</translation>
    </message>
    <message>
        <source>Event past its date without reach</source>
        <translation>Прошедшее мероприятие без охвата</translation>
    </message>
    <message>
        <source>The event planned to reach people, its last day has passed and it is not cancelled, but no people reached are recorded: the reach reports count it as nobody. Record the reach (and mark it held), or mark it cancelled or moved to its new date.</source>
        <translation>У мероприятия запланирован охват, его последний день прошёл и оно не отменено, но фактический охват не внесён: отчёты об охвате считают его нулевым. Внесите охват (и отметьте мероприятие проведённым) либо отметьте его отменённым или перенесённым на новую дату.</translation>
    </message>
    <message>
        <source>status «{status}», {planned} planned, no people reached recorded</source>
        <translation>статус «{status}», запланировано {planned}, фактический охват не внесён</translation>
    </message>
    <message>
        <source>Event marked held before its date</source>
        <translation>Мероприятие отмечено проведённым до своей даты</translation>
    </message>
    <message>
        <source>The event is marked held, but its first day is still ahead. Correct the date, or mark it planned until it takes place.</source>
        <translation>Мероприятие отмечено проведённым, но его первый день ещё не наступил. Исправьте дату или оставьте его запланированным, пока оно не пройдёт.</translation>
    </message>
    <message>
        <source>marked held, its date {date} is ahead</source>
        <translation>отмечено проведённым, а его дата {date} ещё не наступила</translation>
    </message>
    <message>
        <source>Contract No. {number} of {date} ({supplier})</source>
        <translation>Контракт № {number} от {date} ({supplier})</translation>
    </message>
    <message>
        <source>Acceptance over the contract&apos;s sum</source>
        <translation>Приёмка больше суммы контракта</translation>
    </message>
    <message>
        <source>The acceptance documents under a contract add up to more than its sum: a document was entered twice, or the contract&apos;s sum is wrong. Correct the document or the sum.</source>
        <translation>Документы о приёмке по контракту в сумме больше цены контракта: документ внесён дважды или неверна сумма контракта. Исправьте документ или сумму.</translation>
    </message>
    <message>
        <source>accepted {accepted}, the contract&apos;s sum is {amount}</source>
        <translation>принято {accepted}, цена контракта {amount}</translation>
    </message>
    <message>
        <source>Payment over the contract&apos;s sum</source>
        <translation>Оплата больше суммы контракта</translation>
    </message>
    <message>
        <source>The payments under a contract add up to more than its sum, and no payment gives the reason for the over-payment. Correct the payment or the sum, or record the reason.</source>
        <translation>Оплаты по контракту в сумме больше цены контракта, и ни у одной оплаты не указана причина переплаты. Исправьте оплату или сумму либо укажите причину.</translation>
    </message>
    <message>
        <source>paid {paid}, the contract&apos;s sum is {amount}</source>
        <translation>оплачено {paid}, цена контракта {amount}</translation>
    </message>
    <message>
        <source>Contracts over their budget line</source>
        <translation>Контракты больше статьи расходов</translation>
    </message>
    <message>
        <source>The contracts on a budget line (without terminated ones) add up to more than the line&apos;s planned sum, and no contract gives the reason for the over-commitment. Correct a sum or the line, or record the reason.</source>
        <translation>Контракты по статье расходов (без расторгнутых) в сумме больше плановой суммы статьи, и ни у одного контракта не указана причина превышения. Исправьте сумму или статью либо укажите причину.</translation>
    </message>
    <message>
        <source>contracted {contracted}, the line plans {planned}</source>
        <translation>законтрактовано {contracted}, по статье запланировано {planned}</translation>
    </message>
    <message>
        <source>Budget line «{name}»</source>
        <translation>Статья расходов «{name}»</translation>
    </message>
    <message>
        <source>Contract past its delivery date</source>
        <translation>Контракт с просроченной поставкой</translation>
    </message>
    <message>
        <source>The contract&apos;s delivery date has passed, it is still in force and not everything under it is accepted. Record the acceptance, or the contract&apos;s new date or status.</source>
        <translation>Срок поставки по контракту прошёл, контракт действует, а принято по нему не всё. Внесите приёмку либо новый срок или статус контракта.</translation>
    </message>
    <message>
        <source>delivery was due {date}, accepted {accepted} of {amount}</source>
        <translation>срок поставки {date}, принято {accepted} из {amount}</translation>
    </message>
    <message>
        <source>Payment or acceptance before its contract</source>
        <translation>Оплата или приёмка раньше контракта</translation>
    </message>
    <message>
        <source>A payment or an acceptance document is dated before the contract it belongs to was signed. One of the dates is wrong: correct it.</source>
        <translation>Оплата или документ о приёмке датированы раньше, чем заключён их контракт. Одна из дат неверна: исправьте её.</translation>
    </message>
    <message>
        <source>payment of {date}, order {number}</source>
        <translation>оплата от {date}, п/п {number}</translation>
    </message>
    <message>
        <source>acceptance of {date}, {number}</source>
        <translation>приёмка от {date}, {number}</translation>
    </message>
    <message>
        <source>{what}; the contract was signed on {signed}</source>
        <translation>{what}; контракт заключён {signed}</translation>
    </message>
    <message>
        <source>Contract signed before its procedure ended</source>
        <translation>Контракт заключён раньше итогов закупки</translation>
    </message>
    <message>
        <source>A contract that came out of a procurement procedure is signed before the procedure was summed up. Correct one of the dates.</source>
        <translation>Контракт по итогам закупочной процедуры заключён раньше, чем подведены её итоги. Исправьте одну из дат.</translation>
    </message>
    <message>
        <source>signed {signed}, the procedure was summed up on {summed}</source>
        <translation>заключён {signed}, итоги закупки подведены {summed}</translation>
    </message>
    <message>
        <source>Finding past its due date</source>
        <translation>Замечание не устранено в срок</translation>
    </message>
    <message>
        <source>An inspection&apos;s finding is still open after the day it was due to be put right. Close it with the evidence, or agree a new due date.</source>
        <translation>Замечание проверки всё ещё открыто, хотя срок его устранения прошёл. Закройте его с подтверждением или согласуйте новый срок.</translation>
    </message>
    <message>
        <source>due {date}, still open</source>
        <translation>срок {date}, не устранено</translation>
    </message>
    <message>
        <source>Finding «{text}» ({site})</source>
        <translation>Замечание «{text}» ({site})</translation>
    </message>
    <message>
        <source>Equipment inspection without an equipment list</source>
        <translation>Проверка оснащения без перечня оборудования</translation>
    </message>
    <message>
        <source>An inspection by the equipment checklist names no workshop, or its workshop&apos;s infrastructure list is empty: there is nothing it checks against. Fill in the workshop&apos;s list, or correct the inspection&apos;s workshop.</source>
        <translation>В проверке по чек-листу оснащения не указана мастерская или инфраструктурный лист мастерской пуст: проверять не по чему. Заполните инфраструктурный лист или исправьте мастерскую проверки.</translation>
    </message>
    <message>
        <source>the infrastructure list of «{workshop}» is empty</source>
        <translation>инфраструктурный лист «{workshop}» пуст</translation>
    </message>
    <message>
        <source>no workshop is named</source>
        <translation>не указана мастерская</translation>
    </message>
    <message>
        <source>Inspection «{title}» of {date} ({site})</source>
        <translation>Проверка «{title}» от {date} ({site})</translation>
    </message>
    <message>
        <source>Member without a partnership agreement</source>
        <translation>Участник без соглашения о партнерстве</translation>
    </message>
    <message>
        <source>The organization is a member of the cluster now, but its membership has no partnership agreement number or date. Enter the agreement&apos;s number and date in its membership.</source>
        <translation>Организация сейчас участник кластера, но в её участии нет номера или даты соглашения о партнерстве. Укажите номер и дату соглашения в сведениях об участии.</translation>
    </message>
    <message>
        <source>no agreement number</source>
        <translation>нет номера соглашения</translation>
    </message>
    <message>
        <source>no agreement date</source>
        <translation>нет даты соглашения</translation>
    </message>
    <message>
        <source>Membership ends before it begins</source>
        <translation>Участие кончается раньше, чем началось</translation>
    </message>
    <message>
        <source>The date the organization left the cluster is before the date it joined. One of the dates is wrong: correct it.</source>
        <translation>Дата выхода организации из кластера раньше даты вступления. Одна из дат неверна: исправьте её.</translation>
    </message>
    <message>
        <source>joined {joined}, left {left}</source>
        <translation>вступила {joined}, вышла {left}</translation>
    </message>
    <message>
        <source>Membership periods that overlap</source>
        <translation>Пересекающиеся периоды участия</translation>
    </message>
    <message>
        <source>The organization has two memberships that share days, so on those days it would be counted twice. Saved before the program refused it; end the earlier membership before the later one starts, or delete the duplicate.</source>
        <translation>У организации два участия с общими днями — в эти дни она считалась бы дважды. Записано до того, как программа стала это запрещать: завершите прежнее участие до начала следующего или удалите лишнее.</translation>
    </message>
    <message>
        <source>memberships {spans}</source>
        <translation>периоды участия: {spans}</translation>
    </message>
    <message>
        <source>Monthly monitoring form not submitted</source>
        <extracomment>The day of the following month by which a month&apos;s form is due, unless the cluster&apos;s settings name another (``Cluster.monitoring_due_day``). Seed 003 makes the form monthly but names no day; the 5th is the day monthly grant reports are usually asked by («до 5 числа месяца, следующего за отчетным»).</extracomment>
        <translation>Ежемесячная мониторинговая форма не сдана</translation>
    </message>
    <message>
        <source>The monitoring form on procurement and grant spending is sent every month, by its due day of the next month (the 5th unless the settings say otherwise); no final export is recorded for this month. Export the month&apos;s form as final: python -m app report monitoring --month YYYY-MM --out FILE --final.</source>
        <translation>Форма мониторинга закупок и расходования гранта сдаётся ежемесячно, к сроку следующего месяца (5-го числа, если в настройках не указано иное); итоговая выгрузка за этот месяц не записана. Выгрузите форму месяца как итоговую: python -m app report monitoring --month ГГГГ-ММ --out ФАЙЛ --final.</translation>
    </message>
    <message>
        <source>was due by {date}</source>
        <translation>срок сдачи — {date}</translation>
    </message>
    <message>
        <source>Monitoring form for {month}</source>
        <translation>Мониторинговая форма за {month}</translation>
    </message>
    <message>
        <source>Item delivered before its contract</source>
        <translation>Позиция поставлена раньше своего контракта</translation>
    </message>
    <message>
        <source>An item of an infrastructure list is marked delivered, installed or commissioned on a date before its contract was signed. Either the date or the contract is wrong: correct the item&apos;s dates or choose its real contract.</source>
        <translation>Позиция инфраструктурного листа отмечена поставленной, установленной или введённой в эксплуатацию датой раньше заключения её контракта. Неверна либо дата, либо контракт: исправьте даты позиции или выберите её настоящий контракт.</translation>
    </message>
    <message>
        <source>{date}, contract no. {number}</source>
        <translation>{date}, контракт № {number}</translation>
    </message>
    <message>
        <source>Item delivered with nothing accepted</source>
        <translation>Позиция поставлена, а по контракту ничего не принято</translation>
    </message>
    <message>
        <source>An item is marked delivered (or later), but no acceptance document is recorded under its contract, so the readiness map and the monitoring form disagree. Record the acceptance under the contract, or set the item&apos;s stage back.</source>
        <translation>Позиция отмечена поставленной (или дальше), но по её контракту не внесено ни одного документа о приёмке, поэтому карта готовности и мониторинговая форма расходятся. Внесите приёмку по контракту или верните позиции прежний этап.</translation>
    </message>
    <message>
        <source>contract no. {number}</source>
        <translation>контракт № {number}</translation>
    </message>
    <message>
        <source>Item&apos;s contract is not in the register</source>
        <translation>Контракта позиции нет в реестре</translation>
    </message>
    <message>
        <source>The item&apos;s contract was typed as text that matches no contract of the register (kept as it was typed when the contract became a link). Choose the contract from the list in the item&apos;s window, or add the contract to «Grant and procurement» first.</source>
        <translation>Контракт позиции был введён текстом, который не совпадает ни с одним контрактом реестра (текст сохранён как был введён, когда контракт стал ссылкой). Выберите контракт из списка в окне позиции или сначала внесите контракт в раздел «Грант и закупки».</translation>
    </message>
    <message>
        <source>«{text}», {workshop}</source>
        <translation>«{text}», {workshop}</translation>
    </message>
</context>
<context>
    <name>DataCheckDialog</name>
    <message>
        <source>Data check</source>
        <translation>Проверка данных</translation>
    </message>
    <message>
        <source>Double-click a row to open the record&apos;s section.</source>
        <translation>Двойной щелчок по строке открывает раздел с этой записью.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>On {date} the data agree with all {rules} rules: no contradictions.</source>
        <translation>На {date} данные соответствуют всем правилам ({rules}): противоречий нет.</translation>
    </message>
    <message>
        <source>On {date}: {count} contradictions with {failed} of {rules} rules.</source>
        <translation>На {date} противоречий: {count}; нарушено правил: {failed} из {rules}.</translation>
    </message>
    <message>
        <source>The data check could not be run: {error}</source>
        <translation>Проверку данных не удалось выполнить: {error}</translation>
    </message>
</context>
<context>
    <name>DataCheckModel</name>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This file is not a ClusterDesk database. It was left untouched.</source>
        <translation>Этот файл не является базой данных ClusterDesk. Файл не изменён.</translation>
    </message>
    <message>
        <source>{name} is a field package, not an office database; it was left untouched. Open it in field mode: --field {name}</source>
        <translation>{name} — полевой пакет, а не база данных офиса; файл не тронут. Откройте его в полевом режиме: --field {name}</translation>
    </message>
    <message>
        <source>The database was not upgraded and is unchanged. Install PostgreSQL client tools (pg_dump) of the server&apos;s version, or ask the server&apos;s administrator to make a copy, then start ClusterDesk again.</source>
        <translation>База данных не обновлена и не изменена. Установите клиентские программы PostgreSQL (pg_dump) той же версии, что и сервер, или попросите администратора сервера сделать копию, затем запустите ClusterDesk снова.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of ClusterDesk (schema {rev}). Install the newer version; the database was left untouched.</source>
        <extracomment>The newest revision in app/migrations/versions (tests/test_migrate.py keeps them equal). Knowing it lets a normal start skip importing Alembic (~85 ms) when nothing is to do.</extracomment>
        <translation>Эта база данных создана более новой версией ClusterDesk (схема {rev}). Установите новую версию программы; база данных не изменена.</translation>
    </message>
    <message>
        <source>The database is damaged ({details}). Nothing was changed in it.</source>
        <translation>База данных повреждена ({details}). В ней ничего не изменено.</translation>
    </message>
    <message>
        <source>The newest good backup is {path}: restore it.</source>
        <translation>Последняя исправная резервная копия — {path}: восстановите её.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Исправной резервной копии не найдено.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Monitoring form</source>
        <extracomment>a notice on start names what is overdue or due within this many days</extracomment>
        <translation>Форма мониторинга</translation>
    </message>
    <message>
        <source>Roadmap stage</source>
        <translation>Этап дорожной карты</translation>
    </message>
    <message>
        <source>Contract delivery</source>
        <translation>Поставка по контракту</translation>
    </message>
    <message>
        <source>Inspection finding</source>
        <translation>Замечание проверки</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Решение совета</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Окончание соглашения</translation>
    </message>
    <message>
        <source>Programme period ends</source>
        <translation>Окончание программы</translation>
    </message>
    <message>
        <source>Data return for a request</source>
        <translation>Возврат данных по запросу</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>the main window&apos;s section where each kind&apos;s record lives</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Monitoring form for {month}</source>
        <translation>Форма мониторинга за {month}</translation>
    </message>
    <message>
        <source>Delivery under contract № {number}: {subject}</source>
        <translation>Поставка по контракту № {number}: {subject}</translation>
    </message>
    <message>
        <source>Put right: {text} ({site})</source>
        <translation>Устранить: {text} ({site})</translation>
    </message>
    <message>
        <source>Decision {position} of protocol № {number} of {date}: {text}</source>
        <translation>Решение {position} протокола № {number} от {date}: {text}</translation>
    </message>
    <message>
        <source>Network agreement № {number} ends: {parties}</source>
        <translation>Окончание соглашения о сетевом взаимодействии № {number}: {parties}</translation>
    </message>
    <message>
        <source>The cluster&apos;s programme period ends</source>
        <translation>Окончание периода программы деятельности кластера</translation>
    </message>
    <message>
        <source>Data for request № {number}: {title}</source>
        <translation>Данные по запросу № {number}: {title}</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <extracomment>every kind&apos;s source; a new kind of deadline is one function and one entry here</extracomment>
        <translation>Число дней не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Deadlines — {cluster}</source>
        <translation>Сроки — {cluster}</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <extracomment>how often a subscribed calendar is asked to read the file again</extracomment>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Due: {date}</source>
        <translation>Срок: {date}</translation>
    </message>
    <message>
        <source>Responsible: {who}</source>
        <translation>Ответственный: {who}</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>overdue by {days} d.</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>in {days} d.</source>
        <translation>через {days} дн.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Everyone responsible</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Save to calendar (.ics)…</source>
        <translation>Сохранить в календарь (.ics)…</translation>
    </message>
    <message>
        <source>A file Outlook, Thunderbird or a phone&apos;s calendar imports; importing it again updates the entries.</source>
        <translation>Файл, который импортируют Outlook, Thunderbird или календарь телефона; повторный импорт обновляет записи, а не дублирует их.</translation>
    </message>
    <message>
        <source>Subscription file…</source>
        <translation>Файл подписки…</translation>
    </message>
    <message>
        <source>Double-click a row to open its record. A deadline drops off the list when its record is done.</source>
        <translation>Двойной щелчок по строке открывает запись. Срок исчезает из списка, когда его запись выполнена.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The subscription file could not be written: {error}</source>
        <translation>Не удалось записать файл подписки: {error}</translation>
    </message>
    <message>
        <source>The deadlines could not be read: {error}</source>
        <translation>Не удалось прочитать сроки: {error}</translation>
    </message>
    <message>
        <source>On {date}: overdue {overdue}, this week {week}, this month {month}, later {later}.</source>
        <translation>На {date}: просрочено — {overdue}, на этой неделе — {week}, в этом месяце — {month}, позже — {later}.</translation>
    </message>
    <message>
        <source>Save the deadlines</source>
        <translation>Сохранение сроков</translation>
    </message>
    <message>
        <source>deadlines.ics</source>
        <translation>сроки.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <source>{count} deadlines saved to {path}</source>
        <translation>Сроков сохранено: {count}, файл {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <source>Subscription file</source>
        <translation>Файл подписки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Overdue and this week</source>
        <translation>Просроченные и на этой неделе</translation>
    </message>
    <message>
        <source>Overdue and this month</source>
        <translation>Просроченные и в этом месяце</translation>
    </message>
    <message>
        <source>Calendars subscribed to {path} follow this list.</source>
        <translation>Календари, подписанные на {path}, следуют за этим списком.</translation>
    </message>
    <message>
        <source>No subscription file: a calendar can subscribe to one kept in a shared or synced folder.</source>
        <translation>Файла подписки нет: календарь может подписаться на файл в общей или синхронизируемой папке.</translation>
    </message>
</context>
<context>
    <name>DecisionCombo</name>
    <message>
        <source>— choose the council&apos;s decision —</source>
        <translation>— выберите решение совета —</translation>
    </message>
    <message>
        <source>No decision of a recorded council meeting can approve it yet: record the meeting and its decision in «Councils» (Indicators section) first.</source>
        <translation>Пока нет решения записанного заседания совета, которым это можно утвердить: сначала внесите заседание и его решение на вкладке «Советы» (раздел «Показатели»).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision No. {position}</source>
        <translation>Решение № {position}</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <source>Decided *</source>
        <translation>Решили *</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Утверждает</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Carried out on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>A decision to admit or exclude a participant, or to approve something, is carried out with «Carry out» in the list of decisions.</source>
        <translation>Решение о приёме или исключении участника либо об утверждении исполняется кнопкой «Исполнить» в списке решений.</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already has participants; demo data goes only into an empty database.</source>
        <translation>В базе данных уже есть участники; демонстрационные данные добавляются только в пустую базу.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Choose a site or a workshop in the list on the left.</source>
        <translation>Выберите площадку или мастерскую в списке слева.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерских</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Виды работ</translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area} м²</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Repairs / brand book</source>
        <translation>Ремонт / брендбук</translation>
    </message>
    <message>
        <source>Design project</source>
        <translation>Дизайн-проект</translation>
    </message>
    <message>
        <source>Equipment list</source>
        <translation>Перечень оборудования</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>ещё не согласован</translation>
    </message>
    <message>
        <source>approved {date}</source>
        <translation>согласован {date}</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>согласован</translation>
    </message>
    <message>
        <source>{text} (typed, no council decision)</source>
        <translation>{text} (набрано вручную, решения совета нет)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;PDF documents (*.pdf)</source>
        <translation>Книги Excel (*.xlsx);;Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <source>Budget line</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтрактовано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Overdue deliveries</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>Извещение №</translation>
    </message>
    <message>
        <source>Initial price</source>
        <translation>НМЦК</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>План. дата</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Заключён</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Поручение №</translation>
    </message>
    <message>
        <source>Reason for over-commitment</source>
        <translation>Основание превышения</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Дата приёмки</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>Добавить платёж…</translation>
    </message>
    <message>
        <source>Add acceptance…</source>
        <translation>Добавить приёмку…</translation>
    </message>
    <message>
        <source>Budget line «{name}»: procedures and contracts</source>
        <translation>Статья «{name}»: процедуры и контракты</translation>
    </message>
    <message>
        <source>Source «{name}»: budget lines, procedures and contracts</source>
        <translation>Источник «{name}»: статьи, процедуры и контракты</translation>
    </message>
    <message>
        <source>All budget lines, procedures and contracts. Double-click a row of the table above to see only what lies behind it.</source>
        <translation>Все статьи, процедуры и контракты. Двойной щелчок по строке таблицы выше покажет только то, из чего она складывается.</translation>
    </message>
    <message>
        <source>(as of {date})</source>
        <translation>(на {date})</translation>
    </message>
    <message>
        <source>Grant and procurement</source>
        <translation>Грант и закупки</translation>
    </message>
    <message>
        <source>Budget lines ({count})</source>
        <translation>Статьи ({count})</translation>
    </message>
    <message>
        <source>Procedures ({count})</source>
        <translation>Процедуры ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>Контракты ({count})</translation>
    </message>
    <message>
        <source>— overdue: {count}</source>
        <translation>— просрочено: {count}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Notice no. {number}</source>
        <translation>Извещение № {number}</translation>
    </message>
    <message>
        <source>Reason for over-commitment: {reason}</source>
        <translation>Основание превышения: {reason}</translation>
    </message>
    <message>
        <source>Payments under no. {number}</source>
        <translation>Платежи по № {number}</translation>
    </message>
    <message>
        <source>Acceptance under no. {number}</source>
        <translation>Приёмка по № {number}</translation>
    </message>
    <message>
        <source>Payments: choose a contract above</source>
        <translation>Платежи: выберите контракт выше</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Приёмка</translation>
    </message>
</context>
<context>
    <name>EmployersEditor</name>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the participant chosen as an employer</source>
        <translation>Добавить выбранного участника как работодателя</translation>
    </message>
    <message>
        <source>Add other</source>
        <translation>Добавить другого</translation>
    </message>
    <message>
        <source>An employer that is not a participant: type its name in the table</source>
        <translation>Работодатель, не входящий в участники: введите его название в таблице</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Логотип…</translation>
    </message>
    <message>
        <source>Import the employer&apos;s logo (PNG, JPEG or SVG)</source>
        <translation>Загрузить логотип работодателя (PNG, JPEG или SVG)</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Employer {number}: {message}</source>
        <translation>Работодатель {number}: {message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database could not be opened</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>The program ran into an unexpected error. Your saved data is safe; the action you were doing may not have finished.

The details were written to {path}. Please send that file to support.</source>
        <translation>В программе произошла непредвиденная ошибка. Сохранённые данные не пострадали, но выполнявшееся действие могло не завершиться.

Подробности записаны в файл {path}. Пожалуйста, отправьте этот файл в службу поддержки.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Что запланировано</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Plan *</source>
        <translation>План *</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Event *</source>
        <translation>Мероприятие *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>e.g. open day, excursion, career test</source>
        <translation>например, день открытых дверей, экскурсия, профпроба</translation>
    </message>
    <message>
        <source>Starts on *</source>
        <translation>Дата начала *</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Address or room, or a place outside the sites</source>
        <translation>Адрес или аудитория либо место вне площадок кластера</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Responsible organization</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Целевые аудитории</translation>
    </message>
    <message>
        <source>Planned reach</source>
        <translation>Плановый охват</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Ambassador team</source>
        <translation>Команда амбассадоров</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why cancelled or moved</source>
        <translation>Причина отмены или переноса</translation>
    </message>
    <message>
        <source>Required for a cancelled event</source>
        <translation>Обязательно для отменённого мероприятия</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено человек</translation>
    </message>
    <message>
        <source>Schools that took part</source>
        <translation>Школы-участницы</translation>
    </message>
    <message>
        <source>Enterprises that took part</source>
        <translation>Предприятия-участники</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Ссылки-подтверждения</translation>
    </message>
    <message>
        <source>Links to news, posts, photos — one a line</source>
        <translation>Ссылки на новости, публикации, фото — по одной в строке</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы-подтверждения</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>По одному названию в строке</translation>
    </message>
    <message>
        <source>The plan is approved (protocol No. {number} of {date}): a change to what it says needs a reason and is recorded as revision {revision}.</source>
        <translation>План утверждён (протокол № {number} от {date}): изменение его содержания требует причины и будет записано как редакция № {revision}.</translation>
    </message>
    <message>
        <source>In all: {count}</source>
        <translation>Всего: {count}</translation>
    </message>
    <message>
        <source>Change to an approved plan</source>
        <translation>Изменение утверждённого плана</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>There is no plan yet. Create a plan on the «Plans» tab first.</source>
        <translation>Планов пока нет. Сначала создайте план на вкладке «Планы».</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete the event «{name}»?</source>
        <translation>Удалить мероприятие «{name}»?</translation>
    </message>
    <message>
        <source>Change to an approved plan</source>
        <translation>Изменение утверждённого плана</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>work plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>programme events</source>
        <translation>мероприятия программы</translation>
    </message>
    <message>
        <source>information campaign</source>
        <translation>информационная кампания</translation>
    </message>
    <message>
        <source>annual work plan</source>
        <translation>годовой план работы кластера</translation>
    </message>
</context>
<context>
    <name>EventListTab</name>
    <message>
        <source>All plans</source>
        <translation>Все планы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Любая аудитория</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>The date has passed and the event is not marked held or cancelled.</source>
        <translation>Дата прошла, а мероприятие не отмечено как проведённое или отменённое.</translation>
    </message>
    <message>
        <source>Search by title, place, responsible…</source>
        <translation>Поиск по названию, месту, ответственному…</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>Пока нет ни одного мероприятия.</translation>
    </message>
    <message>
        <source>Add the first event</source>
        <translation>Добавить первое мероприятие</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>Мероприятий: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <source>Export the event list</source>
        <translation>Выгрузка списка мероприятий</translation>
    </message>
    <message>
        <source>events.xlsx</source>
        <translation>мероприятия.xlsx</translation>
    </message>
    <message>
        <source>Writing the event list…</source>
        <translation>Записывается список мероприятий…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Annual work plan</source>
        <extracomment>The plans whose reach counts toward the popularization programme&apos;s targets (seed 003); the annual work plan&apos;s events are reported apart and never counted toward them.</extracomment>
        <translation>Годовой план работы</translation>
    </message>
    <message>
        <source>Popularization: plan of events</source>
        <translation>Популяризация: план мероприятий</translation>
    </message>
    <message>
        <source>Popularization: information campaign</source>
        <translation>Популяризация: информационная кампания</translation>
    </message>
    <message>
        <source>Annual work plan of the cluster for {year}</source>
        <extracomment>The title a new plan gets, as councils write it.</extracomment>
        <translation>Годовой план работы кластера на {year} год</translation>
    </message>
    <message>
        <source>Plan of events of the popularization programme for {year}</source>
        <translation>План мероприятий программы популяризации на {year} год</translation>
    </message>
    <message>
        <source>Plan of the information campaign of the popularization programme for {year}</source>
        <translation>План информационной кампании программы популяризации на {year} год</translation>
    </message>
    <message>
        <source>Pupils, grades 6–7</source>
        <translation>Ученики 6–7 классов</translation>
    </message>
    <message>
        <source>Pupils, grades 8–9</source>
        <translation>Ученики 8–9 классов</translation>
    </message>
    <message>
        <source>Pupils, grades 10–11</source>
        <translation>Ученики 10–11 классов</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>College students</source>
        <translation>Студенты колледжей</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <source>Mandatory events</source>
        <translation>Обязательные мероприятия</translation>
    </message>
    <message>
        <source>Variable events</source>
        <translation>Вариативные мероприятия</translation>
    </message>
    <message>
        <source>Give the date of the event.</source>
        <translation>Укажите дату мероприятия.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>Unknown audience: {code}.</source>
        <translation>Неизвестная целевая аудитория: {code}.</translation>
    </message>
    <message>
        <source>Choose the format.</source>
        <translation>Выберите формат.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>Say why the event was cancelled.</source>
        <translation>Укажите причину отмены мероприятия.</translation>
    </message>
    <message>
        <source>An event that has not started yet cannot be marked held.</source>
        <translation>Мероприятие, которое ещё не началось, нельзя отметить проведённым.</translation>
    </message>
    <message>
        <source>Planned reach is a number of people from 0 to 10,000,000.</source>
        <translation>Плановый охват — число человек от 0 до 10 000 000.</translation>
    </message>
    <message>
        <source>Reach is a number of people from 0 to 10,000,000.</source>
        <translation>Охват — число человек от 0 до 10 000 000.</translation>
    </message>
    <message>
        <source>Actual reach is entered for a held event only.</source>
        <translation>Фактический охват вводится только для проведённого мероприятия.</translation>
    </message>
    <message>
        <source>Choose the kind of plan.</source>
        <translation>Выберите вид плана.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Год должен быть от 2000 до 2100.</translation>
    </message>
    <message>
        <source>Choose the plan to copy.</source>
        <translation>Выберите план, который нужно скопировать.</translation>
    </message>
    <message>
        <source>The plan is already approved.</source>
        <translation>План уже утверждён.</translation>
    </message>
    <message>
        <source>An empty plan cannot be approved.</source>
        <translation>Пустой план нельзя утвердить.</translation>
    </message>
    <message>
        <source>Event deleted: «{title}» ({date}).</source>
        <translation>Исключено мероприятие «{title}» ({date}).</translation>
    </message>
    <message>
        <source>The plan is approved (protocol No. {number}). Say why it is changed: the change is recorded as a revision.</source>
        <translation>План утверждён (протокол № {number}). Укажите причину изменения: оно будет записано как редакция плана.</translation>
    </message>
    <message>
        <source>The plan is approved and cannot be changed this way.</source>
        <translation>План утверждён, так изменить его нельзя.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>Этого плана больше нет.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>The fields a council approves. Status, reach, schools, enterprises and evidence are the results, filled in as the year goes, and are not revisions.</extracomment>
        <translation>название</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>site</source>
        <translation>площадка</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>responsible organization</source>
        <translation>ответственная организация</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <source>target audiences</source>
        <translation>целевые аудитории</translation>
    </message>
    <message>
        <source>planned reach</source>
        <translation>плановый охват</translation>
    </message>
    <message>
        <source>ambassador team</source>
        <translation>команда амбассадоров</translation>
    </message>
    <message>
        <source>Event added: «{title}» ({date}).</source>
        <translation>Добавлено мероприятие «{title}» ({date}).</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Event «{title}»: {changes}.</source>
        <translation>Мероприятие «{title}»: {changes}.</translation>
    </message>
</context>
<context>
    <name>EventsCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Searches the event list by title, place and responsible person.</source>
        <translation>Ищет в списке мероприятий по названию, месту и ответственному.</translation>
    </message>
    <message>
        <source>Print the plan shown</source>
        <translation>Напечатать показанный план</translation>
    </message>
    <message>
        <source>Print the reach report for the dashboard&apos;s period</source>
        <translation>Напечатать отчёт об охвате за период, выбранный на вкладке «Охват и цели»</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>Пока нет ни одного мероприятия.</translation>
    </message>
    <message>
        <source>Add the first event</source>
        <translation>Добавить первое мероприятие</translation>
    </message>
    <message>
        <source>There are no plans and events yet. An event belongs to a plan: create the year&apos;s plan first.</source>
        <translation>Пока нет ни планов, ни мероприятий. Мероприятие входит в план: сначала создайте план на год.</translation>
    </message>
    <message>
        <source>Create the first plan</source>
        <translation>Создать первый план</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Choose a plan to print: there is no plan for this year.</source>
        <translation>Выберите план для печати: на этот год плана нет.</translation>
    </message>
    <message>
        <source>Reach of the events, {start} – {end}</source>
        <translation>Охват мероприятиями, {start} – {end}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Export the list as shown to Excel</source>
        <translation>Выгрузить список в Excel в том виде, как он показан</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Поиск мероприятий…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Охват и цели</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Амбассадоры</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <source>Planned reach</source>
        <translation>Охват по плану</translation>
    </message>
    <message>
        <source>Actual reach</source>
        <translation>Охват фактический</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Annual plan {year}</source>
        <translation>Годовой план {year}</translation>
    </message>
    <message>
        <source>Plan of events {year}</source>
        <translation>План мероприятий {year}</translation>
    </message>
    <message>
        <source>Information campaign {year}</source>
        <translation>Информ. кампания {year}</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Save the event first, then attach its photos.</source>
        <translation>Сначала сохраните мероприятие, затем прикрепите фото.</translation>
    </message>
    <message>
        <source>Attach an evidence file</source>
        <translation>Прикрепить файл-подтверждение</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <source>Attached: {name}</source>
        <translation>Прикреплено: {name}</translation>
    </message>
    <message>
        <source>Save attached file</source>
        <translation>Сохранение прикреплённого файла</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Remove «{name}» from the event?</source>
        <translation>Убрать файл «{name}» из мероприятия?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Экспертиза</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник кластера</translation>
    </message>
    <message>
        <source>Or another organization</source>
        <translation>Или другая организация</translation>
    </message>
    <message>
        <source>Expert since</source>
        <translation>Эксперт с</translation>
    </message>
    <message>
        <source>Expert until</source>
        <translation>Эксперт по</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Новый эксперт</translation>
    </message>
    <message>
        <source>There are no experts yet.</source>
        <translation>Пока нет ни одного эксперта.</translation>
    </message>
    <message>
        <source>Add the first expert</source>
        <translation>Добавить первого эксперта</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export a field package</source>
        <translation>Выгрузка полевого пакета</translation>
    </message>
    <message>
        <source>All inspectors</source>
        <translation>Все проверяющие</translation>
    </message>
    <message>
        <source>The package holds the planned and started inspections of the inspector, their sites, checklists and photos.</source>
        <translation>В пакет войдут запланированные и начатые проверки проверяющего, их площадки, чек-листы и фото.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Проверяющий</translation>
    </message>
</context>
<context>
    <name>FieldTab</name>
    <message>
        <source>Inspector</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>all inspectors</source>
        <translation>все проверяющие</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Выгружен</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Кем выгружен</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверок</translation>
    </message>
    <message>
        <source>Last merged</source>
        <translation>Последнее слияние</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Слияний</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Открытых конфликтов</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Выгрузить пакет…</translation>
    </message>
    <message>
        <source>Merge package…</source>
        <translation>Загрузить пакет…</translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation>Разрешить конфликт…</translation>
    </message>
    <message>
        <source>An inspector takes a package to a laptop with no network, opens it there with a double click (ClusterDesk installed on the laptop opens the package alone) and brings it back to merge.</source>
        <translation>Инспектор уносит пакет на ноутбук без сети, открывает его там двойным щелчком (ClusterDesk на ноутбуке откроет только этот пакет) и приносит обратно, чтобы объединить.</translation>
    </message>
    <message>
        <source>No field package has been exported yet.</source>
        <translation>Пока не выгружено ни одного полевого пакета.</translation>
    </message>
    <message>
        <source>Export the first package</source>
        <translation>Выгрузить первый пакет</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {count}</source>
        <translation>Конфликтов к разрешению: {count}</translation>
    </message>
    <message>
        <source>No conflicts to resolve</source>
        <translation>Неразрешённых конфликтов нет</translation>
    </message>
    <message>
        <source>Field packages</source>
        <translation>Полевые пакеты</translation>
    </message>
    <message>
        <source>Reading the inspections…</source>
        <translation>Чтение списка проверок…</translation>
    </message>
    <message>
        <source>field package {name}.cdpkg</source>
        <translation>полевой пакет {name}.cdpkg</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Export a field package</source>
        <translation>Выгрузка полевого пакета</translation>
    </message>
    <message>
        <source>Field packages (*.cdpkg)</source>
        <translation>Полевые пакеты (*.cdpkg)</translation>
    </message>
    <message>
        <source>Writing the field package…</source>
        <translation>Запись полевого пакета…</translation>
    </message>
    <message>
        <source>Field package written: {path}</source>
        <translation>Полевой пакет записан: {path}</translation>
    </message>
    <message>
        <source>Field package written</source>
        <translation>Полевой пакет записан</translation>
    </message>
    <message>
        <source>{path}

Inspections: {inspections}, sites: {sites}, photos: {photos}.</source>
        <translation>{path}

Проверок: {inspections}, площадок: {sites}, фото: {photos}.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>Merge a field package</source>
        <translation>Загрузка полевого пакета</translation>
    </message>
    <message>
        <source>Field packages (*.cdpkg);;All files (*)</source>
        <translation>Полевые пакеты (*.cdpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merging the field package…</source>
        <translation>Загрузка полевого пакета…</translation>
    </message>
    <message>
        <source>Nothing new: the package was merged before.</source>
        <translation>Нового нет: пакет уже был загружен.</translation>
    </message>
    <message>
        <source>Records: {added} added, {changed} changed, {deleted} deleted.
Photos: {p_added} added, {p_changed} changed, {p_deleted} deleted.
Conflicts to resolve: {conflicts}.</source>
        <translation>Записи: добавлено {added}, изменено {changed}, удалено {deleted}.
Фото: добавлено {p_added}, изменено {p_changed}, удалено {p_deleted}.
Конфликтов к разрешению: {conflicts}.</translation>
    </message>
    <message>
        <source>Field package merged</source>
        <translation>Полевой пакет загружен</translation>
    </message>
    <message>
        <source>Field package of {name} merged</source>
        <translation>Полевой пакет ({name}) загружен</translation>
    </message>
    <message>
        <source>The package was not merged</source>
        <translation>Пакет не загружен</translation>
    </message>
</context>
<context>
    <name>FieldWindow</name>
    <message>
        <source>{app} {version} — field mode</source>
        <translation>{app} {version} — полевой режим</translation>
    </message>
    <message>
        <source>Field mode: package {package}, inspector {inspector}; everything is saved at once</source>
        <translation>Полевой режим: пакет {package}, проверяющий {inspector}; всё сохраняется сразу</translation>
    </message>
    <message>
        <source>Package: {path}</source>
        <translation>Пакет: {path}</translation>
    </message>
    <message>
        <source>The field package could not be opened</source>
        <translation>Не удалось открыть полевой пакет</translation>
    </message>
    <message>
        <source>The file {path} is not a ClusterDesk field package, or it is damaged. Nothing was changed in it.</source>
        <translation>Файл {path} не является полевым пакетом ClusterDesk или повреждён. В нём ничего не изменено.</translation>
    </message>
    <message>
        <source>This file is not a field package.</source>
        <translation>Этот файл не является полевым пакетом.</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Open findings whose due date has passed.</source>
        <translation>Открытые замечания с истёкшим сроком.</translation>
    </message>
    <message>
        <source>Search by site, finding, responsible…</source>
        <translation>Поиск по площадке, замечанию, ответственному…</translation>
    </message>
    <message>
        <source>Close with evidence…</source>
        <translation>Закрыть с подтверждением…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>Открыть проверку</translation>
    </message>
    <message>
        <source>There are no findings yet. They appear when an inspection item is answered «no» or a finding is added in an inspection.</source>
        <translation>Пока нет ни одного замечания. Они появляются, когда в проверке на пункт отвечают «нет» или добавляют замечание.</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичное</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translation>Замечаний: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>просрочено: {count}</translation>
    </message>
    <message>
        <source>Reopen the finding</source>
        <translation>Открыть замечание снова</translation>
    </message>
    <message>
        <source>Reopen the finding «{text}»?</source>
        <translation>Снова открыть замечание «{text}»?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Год должен быть от 2000 до 2100.</translation>
    </message>
    <message>
        <source>The programme of activity runs for at least 3 years.</source>
        <translation>Программа деятельности рассчитана не менее чем на 3 года.</translation>
    </message>
    <message>
        <source>Choose the industry.</source>
        <translation>Выберите отрасль.</translation>
    </message>
    <message>
        <source>The database is already set up; log in instead.</source>
        <translation>База данных уже настроена; войдите в программу.</translation>
    </message>
    <message>
        <source>Programme of activity of the cluster «{name}»</source>
        <translation>Программа деятельности кластера «{name}»</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>{app}: setting up a new cluster</source>
        <translation>{app}: настройка нового кластера</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Step {number} of {count}. {title}</source>
        <translation>Шаг {number} из {count}. {title}</translation>
    </message>
    <message>
        <source>The cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>The database is empty. Describe the cluster this program will keep.</source>
        <translation>База данных пуста. Опишите кластер, который будет вестись в программе.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Размер гранта</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Programme of activity</source>
        <translation>Программа деятельности</translation>
    </message>
    <message>
        <source>The programme of activity runs for at least 3 years.</source>
        <translation>Программа деятельности рассчитана не менее чем на 3 года.</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Первый год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>Managing company</source>
        <translation>Управляющая компания</translation>
    </message>
    <message>
        <source>The organization that manages the cluster; it becomes its first participant.</source>
        <translation>Организация, управляющая кластером; она станет его первым участником.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Full name of the organization</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Role in the cluster</source>
        <translation>Роль в кластере</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator&apos;s account: they log in with it and add the other accounts.</source>
        <translation>Учётная запись администратора: с ней он входит в программу и заводит остальные учётные записи.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Database to open</source>
        <translation>База данных для открытия</translation>
    </message>
    <message>
        <source>Database now open</source>
        <translation>Открытая сейчас база</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>Подключение к базе…</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала ошибок</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Changes take effect the next time ClusterDesk starts. A database named when the program is started (by a shortcut or an administrator) is opened instead.</source>
        <translation>Изменения вступят в силу при следующем запуске ClusterDesk. Если база указана при запуске программы (в ярлыке или администратором), открывается она.</translation>
    </message>
    <message>
        <source>The file in your data folder ({path})</source>
        <translation>Файл в вашей папке данных ({path})</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Подключение к базе</translation>
    </message>
    <message>
        <source>Saved. Restart ClusterDesk to open this database.</source>
        <translation>Сохранено. Перезапустите ClusterDesk, чтобы открыть эту базу.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Saved. Restart ClusterDesk to apply them.</source>
        <translation>Сохранено. Перезапустите ClusterDesk, чтобы настройки вступили в силу.</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>Give the date the decision was carried out.</source>
        <translation>Укажите дату исполнения решения.</translation>
    </message>
    <message>
        <source>The due date is before the meeting.</source>
        <translation>Срок исполнения раньше даты заседания.</translation>
    </message>
    <message>
        <source>Choose what the decision is about.</source>
        <translation>Выберите, о чём решение.</translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation>Выберите участника.</translation>
    </message>
    <message>
        <source>A number of votes from 0 to 1,000.</source>
        <translation>Число голосов от 0 до 1 000.</translation>
    </message>
    <message>
        <source>Choose the kind of council.</source>
        <translation>Выберите вид совета.</translation>
    </message>
    <message>
        <source>The council has meetings on record and cannot be deleted.</source>
        <translation>У совета есть заседания, его нельзя удалить.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s role on the council.</source>
        <translation>Выберите роль члена в совете.</translation>
    </message>
    <message>
        <source>The member left before joining.</source>
        <translation>Дата выхода раньше даты включения в состав.</translation>
    </message>
    <message>
        <source>The member is in meeting protocols: give the date of leaving instead of deleting.</source>
        <translation>Член совета упомянут в протоколах: вместо удаления укажите дату выхода из состава.</translation>
    </message>
    <message>
        <source>Give the date of the meeting.</source>
        <translation>Укажите дату заседания.</translation>
    </message>
    <message>
        <source>Choose the form of the meeting.</source>
        <translation>Выберите форму заседания.</translation>
    </message>
    <message>
        <source>The council already has a meeting No. {number} in {year}.</source>
        <translation>У совета уже есть заседание № {number} в {year} году.</translation>
    </message>
    <message>
        <source>A decision of this meeting excluded a participant: the meeting cannot be deleted.</source>
        <translation>Решением этого заседания исключён участник: заседание нельзя удалить.</translation>
    </message>
    <message>
        <source>The decision has been carried out on a membership: what it is about can no longer change.</source>
        <translation>Решение уже исполнено по членству участника: его предмет изменить нельзя.</translation>
    </message>
    <message>
        <source>This decision excluded a participant and cannot be deleted.</source>
        <translation>Этим решением исключён участник, его нельзя удалить.</translation>
    </message>
    <message>
        <source>The organization is not a participant now.</source>
        <translation>Организация сейчас не является участником.</translation>
    </message>
    <message>
        <source>Excluded by the decision of the council, protocol No. {number} of {date}.</source>
        <translation>Исключён решением совета, протокол № {number} от {date}.</translation>
    </message>
    <message>
        <source>Only an approval is written into what it approves.</source>
        <translation>В утверждаемый документ записывается только решение об утверждении.</translation>
    </message>
    <message>
        <source>This organization no longer exists.</source>
        <translation>Этой организации больше нет.</translation>
    </message>
    <message>
        <source>The decision is not about admitting or excluding a participant.</source>
        <translation>Решение не касается приёма или исключения участника.</translation>
    </message>
    <message>
        <source>The decision is cancelled.</source>
        <translation>Решение отменено.</translation>
    </message>
    <message>
        <source>Only members of this council are marked present or absent.</source>
        <translation>Присутствие отмечается только для членов этого совета.</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>Этой записи больше нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>Coordination council</source>
        <translation>Координационный совет</translation>
    </message>
    <message>
        <source>Managing council</source>
        <translation>Управляющий совет</translation>
    </message>
    <message>
        <source>Regional supervisory council</source>
        <translation>Региональный наблюдательный совет</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очное</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Заочное</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Исполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Other question</source>
        <translation>Иной вопрос</translation>
    </message>
    <message>
        <source>Admit a participant</source>
        <translation>Приём участника</translation>
    </message>
    <message>
        <source>Exclude a participant</source>
        <translation>Исключение участника</translation>
    </message>
    <message>
        <source>Approve a plan</source>
        <translation>Утверждение плана</translation>
    </message>
    <message>
        <source>Approve a career map</source>
        <translation>Утверждение карьерной карты</translation>
    </message>
    <message>
        <source>Approve an equipment list</source>
        <translation>Согласование инфраструктурного листа</translation>
    </message>
    <message>
        <source>Approve a design project</source>
        <translation>Утвердить дизайн-проект</translation>
    </message>
    <message>
        <source>Approve the programme of activity</source>
        <translation>Утверждение программы деятельности</translation>
    </message>
    <message>
        <source>The decision has approved a record: what it approves can no longer change.</source>
        <translation>Решением уже утверждена запись: то, что оно утверждает, изменить нельзя.</translation>
    </message>
    <message>
        <source>The decision has approved a record and cannot be cancelled.</source>
        <translation>Решением уже утверждена запись, отменить его нельзя.</translation>
    </message>
    <message>
        <source>The council&apos;s decision approves records ({what}); their approval stamps are printed from it, so it cannot be deleted.</source>
        <translation>Решение совета утверждает записи ({what}); их гриф утверждения печатается по нему, поэтому удалить решение нельзя.</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <source>Add a funding source first.</source>
        <translation>Сначала добавьте источник финансирования.</translation>
    </message>
    <message>
        <source>Add a budget line first.</source>
        <translation>Сначала добавьте статью бюджета.</translation>
    </message>
    <message>
        <source>Add a contract first.</source>
        <translation>Сначала добавьте контракт.</translation>
    </message>
    <message>
        <source>Grant and procurement</source>
        <translation>Грант и закупки</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Saved: contract no. {number}</source>
        <translation>Сохранено: контракт № {number}</translation>
    </message>
    <message>
        <source>Payment saved</source>
        <translation>Платёж сохранён</translation>
    </message>
    <message>
        <source>Acceptance saved</source>
        <translation>Приёмка сохранена</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Procedures and contracts stay in the register for the monitoring reports; give them the status «{status}» instead.</source>
        <translation>Процедуры и контракты остаются в реестре для отчётов мониторинга; вместо удаления присвойте им состояние «{status}».</translation>
    </message>
    <message>
        <source>Delete the funding source «{name}» with its budget lines ({count})?</source>
        <translation>Удалить источник финансирования «{name}» вместе с его статьями ({count})?</translation>
    </message>
    <message>
        <source>Delete the budget line «{name}»?</source>
        <translation>Удалить статью «{name}»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
    <message>
        <source>Choose a source or a budget line in the table, or a procedure below it.</source>
        <translation>Выберите источник или статью в таблице либо процедуру под ней.</translation>
    </message>
</context>
<context>
    <name>GrantFormDialog</name>
    <message>
        <source>e.g. 1 234 567,89</source>
        <translation>например, 1 234 567,89</translation>
    </message>
    <message>
        <source>Why the sum may go beyond the limit, e.g. supplementary agreement no. 2</source>
        <translation>Почему сумма может превысить лимит, например: дополнительное соглашение № 2</translation>
    </message>
    <message>
        <source>Reason for over-commitment</source>
        <translation>Основание превышения</translation>
    </message>
</context>
<context>
    <name>Grants</name>
    <message>
        <source>Federal grant</source>
        <translation>Федеральный грант</translation>
    </message>
    <message>
        <source>Regional co-financing</source>
        <translation>Региональное софинансирование</translation>
    </message>
    <message>
        <source>Employers&apos; contributions</source>
        <translation>Средства работодателей</translation>
    </message>
    <message>
        <source>College&apos;s extra-budget income</source>
        <translation>Внебюджетные средства колледжа</translation>
    </message>
    <message>
        <source>Partners&apos; targeted receipts</source>
        <translation>Целевые поступления партнёров</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Capital repair</source>
        <translation>Капитальный ремонт</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Обучение кадров</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Electronic auction (44-FZ)</source>
        <translation>Электронный аукцион (44-ФЗ)</translation>
    </message>
    <message>
        <source>Open tender (44-FZ)</source>
        <translation>Открытый конкурс (44-ФЗ)</translation>
    </message>
    <message>
        <source>Request for quotations (44-FZ)</source>
        <translation>Запрос котировок (44-ФЗ)</translation>
    </message>
    <message>
        <source>Procurement under 223-FZ</source>
        <translation>Закупка по 223-ФЗ</translation>
    </message>
    <message>
        <source>Single supplier</source>
        <translation>Единственный поставщик</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлена</translation>
    </message>
    <message>
        <source>Summed up</source>
        <translation>Подведены итоги</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не состоялась</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Write a sum of money, e.g. 1 234 567,89.</source>
        <translation>Введите сумму, например 1 234 567,89.</translation>
    </message>
    <message>
        <source>The sum must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The sum is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <source>Choose the kind of source.</source>
        <translation>Выберите вид источника.</translation>
    </message>
    <message>
        <source>Give the year, e.g. 2026.</source>
        <translation>Укажите год, например 2026.</translation>
    </message>
    <message>
        <source>A federal grant to a cluster of this kind is {sizes} RUB.</source>
        <translation>Федеральный грант кластеру этого вида составляет {sizes} руб.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>The source has contracts: delete them first.</source>
        <translation>По источнику есть контракты: сначала удалите их.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Выберите категорию.</translation>
    </message>
    <message>
        <source>The lines would come to {total}, more than the source&apos;s {amount}. Lower the sum, or give the reason for the over-commitment.</source>
        <translation>Строки составили бы {total} — больше, чем {amount} по источнику. Уменьшите сумму или укажите основание превышения.</translation>
    </message>
    <message>
        <source>The line has contracts: delete them first.</source>
        <translation>По строке есть контракты: сначала удалите их.</translation>
    </message>
    <message>
        <source>Choose the method.</source>
        <translation>Выберите способ закупки.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>An announced procedure has a notice number and a date.</source>
        <translation>У объявленной закупки есть номер извещения и дата.</translation>
    </message>
    <message>
        <source>A procedure is summed up after it is announced.</source>
        <translation>Итоги закупки подводятся после её объявления.</translation>
    </message>
    <message>
        <source>VAT cannot exceed the contract&apos;s sum.</source>
        <translation>НДС не может быть больше суммы контракта.</translation>
    </message>
    <message>
        <source>Give the date the contract was signed.</source>
        <translation>Укажите дату заключения контракта.</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s INN.</source>
        <translation>Укажите ИНН поставщика.</translation>
    </message>
    <message>
        <source>No organization with INN {inn} is listed: give the supplier&apos;s name to add it.</source>
        <translation>Организации с ИНН {inn} в списке нет: укажите наименование поставщика, чтобы добавить её.</translation>
    </message>
    <message>
        <source>Contracts on the line «{line}» would come to {total}, more than its {planned}. Lower the sum, or give the reason for the over-commitment.</source>
        <translation>Контракты по строке «{line}» составили бы {total} — больше, чем {planned}. Уменьшите сумму или укажите основание превышения.</translation>
    </message>
    <message>
        <source>Give the date of the payment.</source>
        <translation>Укажите дату оплаты.</translation>
    </message>
    <message>
        <source>Payments would come to {total}, more than the contract&apos;s {amount}. Lower the sum, or give the reason for the over-payment.</source>
        <translation>Оплаты составили бы {total} — больше суммы контракта {amount}. Уменьшите сумму или укажите основание превышения.</translation>
    </message>
    <message>
        <source>Accepted work would come to {total}, more than the contract&apos;s {amount}.</source>
        <translation>Принято работ на {total} — больше суммы контракта {amount}.</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>Этой записи уже нет: её кто-то удалил.</translation>
    </message>
    <message>
        <source>Grant money may go only to equipment, software and capital repair; put this line on another source.</source>
        <translation>Средства гранта можно направлять только на оборудование, программное обеспечение и капитальный ремонт; отнесите эту строку к другому источнику.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No. {number} of {date} — {supplier}</source>
        <translation>№ {number} от {date} — {supplier}</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Grant and procurement</source>
        <translation>Грант и закупки</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>The figures as they stood on this date; empty means today.</source>
        <translation>Цифры по состоянию на эту дату; пусто — на сегодня.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>in thousands of roubles</source>
        <translation>в тыс. рублей</translation>
    </message>
    <message>
        <source>in roubles and kopecks</source>
        <translation>в рублях и копейках</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Sums:</source>
        <translation>Суммы:</translation>
    </message>
    <message>
        <source>Double-click a row to see what lies behind it.</source>
        <translation>Двойной щелчок по строке покажет, из чего она складывается.</translation>
    </message>
    <message>
        <source>Show procedures and contracts</source>
        <translation>Показать процедуры и контракты</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Расходование</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>There is no funding source yet.</source>
        <translation>Пока нет ни одного источника финансирования.</translation>
    </message>
    <message>
        <source>Add the first funding source</source>
        <translation>Добавить первый источник финансирования</translation>
    </message>
    <message>
        <source>Funding source…</source>
        <translation>Источник финансирования…</translation>
    </message>
    <message>
        <source>Budget line…</source>
        <translation>Статью бюджета…</translation>
    </message>
    <message>
        <source>Procurement procedure…</source>
        <translation>Закупочную процедуру…</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>Контракт…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>Платёж…</translation>
    </message>
    <message>
        <source>Acceptance document…</source>
        <translation>Документ о приёмке…</translation>
    </message>
    <message>
        <source>Import contracts…</source>
        <translation>Загрузить контракты…</translation>
    </message>
    <message>
        <source>Import contracts and payments from an .xlsx register</source>
        <translation>Загрузить контракты и платежи из реестра .xlsx</translation>
    </message>
    <message>
        <source>Export the monthly monitoring form to a file</source>
        <translation>Выгрузить ежемесячную мониторинговую форму в файл</translation>
    </message>
    <message>
        <source>Print the monthly monitoring form</source>
        <translation>Напечатать ежемесячную форму мониторинга</translation>
    </message>
    <message>
        <source>Forms handed in…</source>
        <translation>Сданные формы…</translation>
    </message>
    <message>
        <source>Hand in the monthly monitoring form; the forms handed in and what changed since</source>
        <translation>Сдать ежемесячную форму мониторинга; сданные формы и что изменилось после сдачи</translation>
    </message>
    <message>
        <source>Import contracts and payments</source>
        <translation>Загрузка контрактов и платежей</translation>
    </message>
    <message>
        <source>Importing contracts…</source>
        <translation>Загрузка контрактов…</translation>
    </message>
    <message>
        <source>Export monthly form…</source>
        <translation>Выгрузить форму…</translation>
    </message>
    <message>
        <source>Overdue deliveries: {count}</source>
        <translation>Просрочено поставок: {count}</translation>
    </message>
    <message>
        <source>Export the monthly monitoring form</source>
        <translation>Выгрузка ежемесячной формы мониторинга</translation>
    </message>
    <message>
        <source>monitoring-form-{month}.xlsx</source>
        <translation>форма-мониторинга-{month}.xlsx</translation>
    </message>
    <message>
        <source>Monthly monitoring form, {month}</source>
        <translation>Ежемесячная форма мониторинга, {month}</translation>
    </message>
    <message>
        <source>Writing the monitoring form…</source>
        <translation>Формируется форма мониторинга…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Find on the page</source>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Row {row}, column «{column}»: {message}</source>
        <translation>Строка {row}, столбец «{column}»: {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
    <message>
        <source>… and {count} more errors.</source>
        <translation>… и ещё ошибок: {count}.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Файл {name} не найден.</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>Файл слишком большой ({size} МБ); допустимый размер — не более {limit} МБ.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). If it is an old .xls file, open it in Excel and save it as .xlsx.</source>
        <translation>Файл не является книгой Excel (.xlsx). Если это файл старого формата .xls, откройте его в Excel и сохраните в формате .xlsx.</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>Файл повреждён или не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>Файл не является книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file unpacks to a suspicious size and was refused.</source>
        <translation>После распаковки файл имеет подозрительно большой размер; файл отклонён.</translation>
    </message>
    <message>
        <source>The file contains XML declarations that Excel never writes (a known attack); it was refused.</source>
        <translation>В файле есть XML-объявления, которых Excel никогда не пишет (известный приём атаки); файл отклонён.</translation>
    </message>
    <message>
        <source>No header row was found in the first {count} rows. The sheet needs at least these columns: {columns}.</source>
        <translation>Строка заголовков не найдена (просмотрено первых строк листа: {count}). На листе должны быть как минимум следующие столбцы: {columns}.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; split the list into files of at most {limit} rows.</source>
        <translation>На листе больше {limit} строк; разделите список на файлы не более чем по {limit} строк.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} cells; split the list into several files.</source>
        <translation>На листе больше {limit} ячеек; разделите список на несколько файлов.</translation>
    </message>
    <message>
        <source>A sheet of the file unpacks to {size} MB; the limit is {limit} MB. Split the list into several files.</source>
        <translation>Лист файла распаковывается в {size} МБ, а допустимо не более {limit} МБ. Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <source>The file&apos;s text unpacks to {size} MB; the limit is {limit} MB. Split the list into several files.</source>
        <translation>Тексты файла распаковываются в {size} МБ, а допустимо не более {limit} МБ. Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <source>The file has more than {limit} different texts; split the list into several files.</source>
        <translation>В файле больше {limit} разных текстов; разделите список на несколько файлов.</translation>
    </message>
    <message>
        <source>Unknown role «{value}»; write one of: {roles}.</source>
        <extracomment>The file&apos;s column headers. They are a file format shared with other offices, so they stay Russian whatever the interface language is. Role words in the file (any case, ё or е).</extracomment>
        <translation>Неизвестная роль «{value}»; укажите одну из следующих: {roles}.</translation>
    </message>
    <message>
        <source>The role is empty, but membership details are given.</source>
        <translation>Роль не указана, но заполнены сведения об участии в кластере.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} ({name}): merged into one.</source>
        <translation>Строка {row} повторяет строку {first} ({name}): строки объединены.</translation>
    </message>
    <message>
        <source>«{value}» is not a number; write it as 1 234,50.</source>
        <translation>«{value}» — не число; введите число в виде 1 234,50.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
    <message>
        <source>Unknown kind «{value}»; write one of: {words}.</source>
        <extracomment>The file&apos;s column headers, in the order the export writes them. They are a file format shared with the colleges, so they stay Russian whatever the interface language is. The words the file uses (any case, ё or е); the export writes the first of each. the stages&apos; dates, in the order they must go</extracomment>
        <translation>Неизвестный вид «{value}»; укажите один из: {words}.</translation>
    </message>
    <message>
        <source>Unknown status «{value}»; write one of: {words}.</source>
        <translation>Неизвестный статус «{value}»; укажите один из: {words}.</translation>
    </message>
    <message>
        <source>Row {row} is a total line and was skipped.</source>
        <extracomment>The file&apos;s column headers. They are a file format shared with other offices, so they stay Russian whatever the interface language is.</extracomment>
        <translation>Строка {row} — итоговая, она пропущена.</translation>
    </message>
    <message>
        <source>Row {row} was taken for a section heading and skipped: «{text}».</source>
        <translation>Строка {row} принята за заголовок раздела и пропущена: «{text}».</translation>
    </message>
    <message>
        <source>Write the contract number.</source>
        <translation>Укажите номер контракта.</translation>
    </message>
    <message>
        <source>Write the budget line.</source>
        <translation>Укажите статью бюджета.</translation>
    </message>
    <message>
        <source>Write the sum of the payment.</source>
        <translation>Укажите сумму оплаты.</translation>
    </message>
    <message>
        <source>Write the contract&apos;s sum.</source>
        <translation>Укажите сумму контракта.</translation>
    </message>
    <message>
        <source>The row has neither a contract sum nor a payment.</source>
        <translation>В строке нет ни суммы контракта, ни оплаты.</translation>
    </message>
    <message>
        <source>No budget line is called «{name}»: write the name as the grant section lists it.</source>
        <translation>Статьи бюджета «{name}» нет: напишите название так, как оно указано в разделе «Грант и закупки».</translation>
    </message>
    <message>
        <source>Several budget lines are called «{name}» (in {sources}): rename one of them so the file can tell them apart.</source>
        <translation>Статей бюджета с названием «{name}» несколько ({sources}): переименуйте одну из них, чтобы файл мог их различить.</translation>
    </message>
    <message>
        <source>This differs from row {first}, which gives the contract «{number}» with «{value}».</source>
        <translation>Не совпадает со строкой {first}, где для контракта «{number}» указано «{value}».</translation>
    </message>
    <message>
        <source>Row {row}: the payment of {amount} on {date} under the contract «{number}» is already recorded; it was not added again.</source>
        <translation>Строка {row}: оплата {amount} от {date} по контракту «{number}» уже учтена и повторно не добавлена.</translation>
    </message>
    <message>
        <source>Several contracts are numbered «{number}»: write the budget line to tell them apart.</source>
        <translation>Контрактов с номером «{number}» несколько: укажите статью бюджета, чтобы их различить.</translation>
    </message>
    <message>
        <source>There is no contract «{number}» in the database or in the rows above.</source>
        <translation>Контракта «{number}» нет ни в базе, ни в строках выше.</translation>
    </message>
    <message>
        <source>The reason goes in the column «{column}».</source>
        <translation>Основание указывается в столбце «{column}».</translation>
    </message>
    <message>
        <source>Contracts: {new} new, {changed} changed. Payments: {paid} added, {skipped} already recorded. Suppliers added: {suppliers}.</source>
        <translation>Контракты: новых — {new}, изменено — {changed}. Оплаты: добавлено — {paid}, уже были учтены — {skipped}. Добавлено поставщиков: {suppliers}.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} (the same name and specification): both are kept as separate items.</source>
        <translation>Строка {row} повторяет строку {first} (то же наименование и те же характеристики): обе сохранены как отдельные позиции.</translation>
    </message>
    <message>
        <source>Write the quantity.</source>
        <translation>Укажите количество.</translation>
    </message>
    <message>
        <source>The sum {total} does not match quantity × price = {expected}.</source>
        <translation>Сумма {total} не совпадает с произведением количества на цену: {expected}.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Импорт отменён: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ImportCatalog</name>
    <message>
        <source>Participants</source>
        <extracomment>what an import may need besides the file</extracomment>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Infrastructure list of a workshop</source>
        <translation>Инфраструктурный лист мастерской</translation>
    </message>
    <message>
        <source>Register of contracts and payments</source>
        <translation>Реестр контрактов и платежей</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>The file has {count} errors; fix them and import again.</source>
        <translation>Ошибок в файле: {count}. Исправьте их и повторите импорт.</translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импортировано строк: {rows}. Добавлено: {created}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Write a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>computed from the cluster&apos;s records</source>
        <translation>рассчитано по учётным данным кластера</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Год должен быть от 2000 до 2100.</translation>
    </message>
    <message>
        <source>The programme of activity runs for at least 3 years.</source>
        <translation>Программа деятельности рассчитана не менее чем на 3 года.</translation>
    </message>
    <message>
        <source>There is no programme of activity to approve.</source>
        <translation>Нет программы деятельности, которую можно утвердить.</translation>
    </message>
    <message>
        <source>Choose what the indicator is computed from.</source>
        <translation>Выберите, из чего рассчитывается показатель.</translation>
    </message>
    <message>
        <source>Enter the programme of activity first.</source>
        <translation>Сначала введите программу деятельности.</translation>
    </message>
    <message>
        <source>This indicator is computed from the data; its actual is not typed in.</source>
        <translation>Показатель рассчитывается по данным, фактическое значение не вводится вручную.</translation>
    </message>
    <message>
        <source>Say where the actual comes from.</source>
        <translation>Укажите источник фактического значения.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Этого показателя больше нет.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>ед.</translation>
    </message>
    <message>
        <source>Participants of the cluster</source>
        <translation>Участники кластера</translation>
    </message>
    <message>
        <source>Colleges among the participants</source>
        <translation>Колледжи среди участников</translation>
    </message>
    <message>
        <source>Employers among the participants</source>
        <translation>Работодатели среди участников</translation>
    </message>
    <message>
        <source>Schools among the participants</source>
        <translation>Школы среди участников</translation>
    </message>
    <message>
        <source>Career guidance events held</source>
        <translation>Проведено профориентационных мероприятий</translation>
    </message>
    <message>
        <source>People reached by the events</source>
        <translation>Охвачено мероприятиями, чел.</translation>
    </message>
    <message>
        <source>Share of the federal grant contracted</source>
        <translation>Доля законтрактованных средств федерального гранта</translation>
    </message>
    <message>
        <source>Workshops with all equipment commissioned</source>
        <translation>Мастерские с полностью введённым в эксплуатацию оборудованием</translation>
    </message>
    <message>
        <source>Teachers, masters and methodologists trained (144 h)</source>
        <translation>Прошли повышение квалификации преподаватели, мастера и методисты (144 ч)</translation>
    </message>
    <message>
        <source>People from industry retrained (252 h)</source>
        <translation>Прошли переподготовку специалисты с производства (252 ч)</translation>
    </message>
    <message>
        <source>Members of management teams trained</source>
        <translation>Обучены члены управленческих команд</translation>
    </message>
    <message>
        <source>Network cooperation agreements in force</source>
        <translation>Действующие соглашения о сетевом взаимодействии</translation>
    </message>
    <message>
        <source>Arrangements for shared use of sites and equipment</source>
        <translation>Договорённости о совместном использовании площадок и оборудования</translation>
    </message>
    <message>
        <source>Members of the expert community</source>
        <translation>Члены экспертного сообщества</translation>
    </message>
    <message>
        <source>Admission figures (КЦП) filled</source>
        <translation>Выполнение контрольных цифр приёма (КЦП)</translation>
    </message>
    <message>
        <source>Targeted training contracts</source>
        <translation>Договоры о целевом обучении</translation>
    </message>
    <message>
        <source>Graduates employed</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <extracomment>A row&apos;s own tooltip (why it looks different), before the cell&apos;s text.</extracomment>
        <translation>Формируется {name}…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Файл не записан</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How counted</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>источник не указан</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Показатели результативности</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Обучение кадров</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Network cooperation</source>
        <translation>Сетевое взаимодействие</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Set target or actual…</source>
        <translation>План или факт…</translation>
    </message>
    <message>
        <source>Indicators report…</source>
        <translation>Отчёт о показателях…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Годовой отчёт…</translation>
    </message>
    <message>
        <source>Approve the programme…</source>
        <translation>Утвердить программу…</translation>
    </message>
    <message>
        <source>Print the indicators report of the year chosen</source>
        <translation>Печать отчёта о показателях за выбранный год</translation>
    </message>
    <message>
        <source>Search by number or name…</source>
        <translation>Поиск по номеру или названию…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>There are no performance indicators yet: they come with the programme of activity.</source>
        <translation>Пока нет ни одного показателя результативности: они задаются программой деятельности.</translation>
    </message>
    <message>
        <source>, approved by the protocol No. {number} of {date}</source>
        <translation>, утверждена протоколом № {number} от {date}</translation>
    </message>
    <message>
        <source> (typed, no council decision)</source>
        <translation> (набрано вручную, решения совета нет)</translation>
    </message>
    <message>
        <source>{title}, {first}–{last}</source>
        <translation>{title}, {first}–{last}</translation>
    </message>
    <message>
        <source>No programme of activity entered yet.</source>
        <translation>Программа деятельности ещё не введена.</translation>
    </message>
    <message>
        <source>{count} indicators</source>
        <translation>Показателей: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>behind target: {count}</source>
        <translation>отстают от плана: {count}</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>The programme of activity is approved.</source>
        <translation>Программа деятельности утверждена.</translation>
    </message>
    <message>
        <source>Indicators report</source>
        <translation>Отчёт о показателях результативности</translation>
    </message>
    <message>
        <source>indicators-{year}.xlsx</source>
        <translation>показатели-{year}.xlsx</translation>
    </message>
    <message>
        <source>Indicators report {year}</source>
        <translation>Отчёт о показателях за {year} год</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Годовой отчёт</translation>
    </message>
    <message>
        <source>annual-report-{year}.xlsx</source>
        <translation>годовой-отчёт-{year}.xlsx</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>← Back to the list</source>
        <translation>← К списку</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Mark the inspection done: every item needs an answer.</source>
        <translation>Отметить проверку проведённой: нужен ответ на каждый пункт.</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Back to «in progress» to change answers.</source>
        <translation>Вернуть в работу, чтобы изменить ответы.</translation>
    </message>
    <message>
        <source>Inspection report (PDF)…</source>
        <translation>Акт проверки (PDF)…</translation>
    </message>
    <message>
        <source>Print the inspection report</source>
        <translation>Печать акта проверки</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>Добавить замечание…</translation>
    </message>
    <message>
        <source>Something seen that no checklist item covers.</source>
        <translation>То, что не охвачено пунктами чек-листа.</translation>
    </message>
    <message>
        <source>(planned {date})</source>
        <translation>(по плану {date})</translation>
    </message>
    <message>
        <source>{status}: {name}, {date}</source>
        <translation>{status}: {name}, {date}</translation>
    </message>
    <message>
        <source>{kind}, revision {revision}</source>
        <translation>{kind}, редакция {revision}</translation>
    </message>
    <message>
        <source>{score} · answered {answered} of {total}</source>
        <translation>{score} · отвечено {answered} из {total}</translation>
    </message>
    <message>
        <source>Findings: {count}, open: {open}</source>
        <translation>Замечаний: {count}, открытых: {open}</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Добавить замечание</translation>
    </message>
    <message>
        <source>What is wrong (the responsible organization is the site&apos;s; due in 30 days)?</source>
        <translation>В чём замечание (ответственный — организация площадки; срок — 30 дней)?</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Проверка не завершена</translation>
    </message>
    <message>
        <source>Sign off the inspection</source>
        <translation>Подписание проверки</translation>
    </message>
    <message>
        <source>Who signs the inspection off (surname and initials)?</source>
        <translation>Кто подписывает проверку (фамилия и инициалы)?</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Reopen the inspection</source>
        <translation>Вернуть проверку в работу</translation>
    </message>
    <message>
        <source>Return the inspection to «in progress»? A signature is removed.</source>
        <translation>Вернуть проверку в работу? Подпись будет снята.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Акт проверки</translation>
    </message>
    <message>
        <source>inspection report.pdf</source>
        <translation>акт проверки.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the inspection report…</source>
        <translation>Запись акта проверки…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Inspection report: {title}</source>
        <translation>Акт проверки: {title}</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>Yes / no / not applicable</source>
        <translation>Да / нет / не применимо</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Photo required</source>
        <translation>Нужно фото</translation>
    </message>
    <message>
        <source>Equipment delivery and commissioning</source>
        <translation>Поставка и ввод в эксплуатацию оборудования</translation>
    </message>
    <message>
        <source>Brand book compliance</source>
        <translation>Соответствие брендбуку</translation>
    </message>
    <message>
        <source>Labour safety</source>
        <translation>Охрана труда</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>The weight is a number from 0 to 100.</source>
        <translation>Вес — число от 0 до 100.</translation>
    </message>
    <message>
        <source>Choose the kind of checklist.</source>
        <translation>Выберите вид чек-листа.</translation>
    </message>
    <message>
        <source>Choose the answer type.</source>
        <translation>Выберите тип ответа.</translation>
    </message>
    <message>
        <source>A choice needs at least two options.</source>
        <translation>Для выбора нужно не меньше двух вариантов.</translation>
    </message>
    <message>
        <source>A checklist needs at least one item.</source>
        <translation>В чек-листе должен быть хотя бы один пункт.</translation>
    </message>
    <message>
        <source>The checklist no longer exists.</source>
        <translation>Этого чек-листа больше нет.</translation>
    </message>
    <message>
        <source>This is an older revision of the checklist; edit the current one.</source>
        <translation>Это старая редакция чек-листа; изменяйте действующую.</translation>
    </message>
    <message>
        <source>The workshop no longer exists.</source>
        <translation>Этой мастерской больше нет.</translation>
    </message>
    <message>
        <source>This copy of the package was filled in parallel with the one already merged (on another computer): it was not merged, nothing was changed. The data in the file is kept; for a second inspector export a separate package.</source>
        <extracomment>Rows that come back from the field, parents first (attachments are matched by checksum).</extracomment>
        <translation>Эту копию пакета заполняли параллельно с уже загруженной (на другом компьютере): она не загружена, ничего не изменено. Данные в файле сохранены; для второго проверяющего выгружайте отдельный пакет.</translation>
    </message>
    <message>
        <source>The field package is damaged and was not merged.</source>
        <translation>Полевой пакет повреждён и не загружен.</translation>
    </message>
    <message>
        <source>This file is not a field package of this database and was not merged.</source>
        <translation>Этот файл — не полевой пакет этой базы данных; он не загружен.</translation>
    </message>
    <message>
        <source>The field package was made by a newer version of ClusterDesk (schema {rev}). Install the newer version first.</source>
        <translation>Полевой пакет создан более новой версией ClusterDesk (схема {rev}). Сначала установите новую версию.</translation>
    </message>
    <message>
        <source>a photo&apos;s checksum does not match</source>
        <translation>контрольная сумма фотографии не совпадает</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Файла {name} нет.</translation>
    </message>
    <message>
        <source>A field package cannot be exported from field mode.</source>
        <translation>В полевом режиме выгрузить полевой пакет нельзя.</translation>
    </message>
    <message>
        <source>There are no planned inspections to export for {name}.</source>
        <translation>Для проверяющего {name} нет запланированных проверок.</translation>
    </message>
    <message>
        <source>There are no planned inspections to export.</source>
        <translation>Нет запланированных проверок для выгрузки.</translation>
    </message>
    <message>
        <source>Field package {file}: {count} inspections for {name}</source>
        <translation>Полевой пакет {file}: проверок — {count}, проверяющий {name}</translation>
    </message>
    <message>
        <source>Field package of {name} merged: {rows} rows added, {changed} changed, {photos} photos added, {conflicts} conflicts</source>
        <translation>Полевой пакет ({name}) загружен: добавлено записей — {rows}, изменено — {changed}, добавлено фото — {photos}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <source>Choose which version to keep.</source>
        <translation>Выберите, какую версию оставить.</translation>
    </message>
    <message>
        <source>The conflict no longer exists.</source>
        <translation>Этого конфликта больше нет.</translation>
    </message>
    <message>
        <source>The conflict is already resolved.</source>
        <translation>Конфликт уже разрешён.</translation>
    </message>
    <message>
        <source>The record it belongs to was deleted in the office; the field version cannot be restored.</source>
        <translation>Запись, к которой это относится, удалена в офисе; полевую версию восстановить нельзя.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Устранено</translation>
    </message>
    <message>
        <source>Describe the finding.</source>
        <translation>Опишите замечание.</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>Этой проверки больше нет.</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>Укажите срок устранения.</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>Этой организации больше нет.</translation>
    </message>
    <message>
        <source>A finding is closed with evidence: describe what was done or attach a file.</source>
        <translation>Замечание закрывается с подтверждением: опишите, что сделано, или приложите файл.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>Этого замечания больше нет.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Проводится</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Подписана</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Answer yes, no or not applicable.</source>
        <translation>Ответьте «да», «нет» или «не применимо».</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>The inspection is signed off and can no longer be changed.</source>
        <translation>Проверка подписана, изменить её нельзя.</translation>
    </message>
    <message>
        <source>Give the date of the inspection.</source>
        <translation>Укажите дату проверки.</translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation>Выберите площадку.</translation>
    </message>
    <message>
        <source>Choose workshops of the inspected site.</source>
        <translation>Выберите мастерские проверяемой площадки.</translation>
    </message>
    <message>
        <source>The equipment checklist is made for one workshop: choose it.</source>
        <translation>Чек-лист по оборудованию составляется для одной мастерской: выберите её.</translation>
    </message>
    <message>
        <source>The workshop&apos;s infrastructure list is empty.</source>
        <translation>Инфраструктурный лист мастерской пуст.</translation>
    </message>
    <message>
        <source>There is no checklist of this kind.</source>
        <translation>Чек-листа такого вида нет.</translation>
    </message>
    <message>
        <source>This item is not in the inspection&apos;s checklist.</source>
        <translation>Этого пункта нет в чек-листе проверки.</translation>
    </message>
    <message>
        <source>{missing} of {required} items have no answer (or no photo) yet.</source>
        <translation>Без ответа (или без фото) пока {missing} из {required} пунктов.</translation>
    </message>
    <message>
        <source>Only a done inspection can be signed off.</source>
        <translation>Подписать можно только проведённую проверку.</translation>
    </message>
    <message>
        <source>Give the name of who signs the inspection off.</source>
        <translation>Укажите, кто подписывает проверку.</translation>
    </message>
    <message>
        <source>The file {name} is not a picture: choose a JPEG or PNG photo.</source>
        <extracomment>Pillow refuses pictures over twice this as a possible decompression bomb; a 50 MB file of a real camera stays far below (a 200-megapixel phone photo is 200 M).</extracomment>
        <translation>Файл {name} — не изображение: выберите фотографию JPEG или PNG.</translation>
    </message>
    <message>
        <source>The picture {name} is too large (over 250 megapixels).</source>
        <translation>Изображение {name} слишком большое (более 250 мегапикселей).</translation>
    </message>
    <message>
        <source>This photo is already attached to the inspection.</source>
        <translation>Эта фотография уже приложена к проверке.</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>Этой фотографии больше нет.</translation>
    </message>
    <message>
        <source>Overdue (due {date})</source>
        <translation>Просрочено (срок {date})</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Акт проверки</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>{title}, revision {revision}</source>
        <translation>{title}, редакция {revision}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>фото: {count}</translation>
    </message>
    <message>
        <source>* a critical item</source>
        <translation>* критичный пункт</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок устранения</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Representative of the site</source>
        <translation>Представитель площадки</translation>
    </message>
    <message>
        <source>Photo report</source>
        <translation>Фотоотчёт</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Фотографий пока нет.</translation>
    </message>
    <message>
        <source>This package is older than the one already merged (save {saves} of {merged}): nothing was changed.</source>
        <extracomment>What makes a row unique besides its id: a row made on both sides matches on it.</extracomment>
        <translation>Этот пакет старше уже загруженного (сохранение {saves} из {merged}): ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Field packages</source>
        <translation>Полевые пакеты</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>All sites</source>
        <translation>Все площадки</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Search by site, title, inspector…</source>
        <translation>Поиск по площадке, названию, проверяющему…</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Новая проверка…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Photo report (PDF)…</source>
        <translation>Фотоотчёт (PDF)…</translation>
    </message>
    <message>
        <source>Every photo of the inspections, of the site chosen in the filter if one is</source>
        <translation>Все фото проверок (площадки, выбранной в фильтре, если она выбрана)</translation>
    </message>
    <message>
        <source>Print the report of the chosen inspection</source>
        <translation>Печать акта выбранной проверки</translation>
    </message>
    <message>
        <source>There are no inspections yet.</source>
        <translation>Пока нет ни одной проверки.</translation>
    </message>
    <message>
        <source>Plan the first inspection</source>
        <translation>Запланировать первую проверку</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Открытых замечаний</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>{count} inspections</source>
        <translation>Проверок: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Delete the inspection</source>
        <translation>Удаление проверки</translation>
    </message>
    <message>
        <source>Delete the inspection «{title}» of {date} with its answers, photos and findings?</source>
        <translation>Удалить проверку «{title}» от {date} вместе с ответами, фото и замечаниями?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Photo report</source>
        <translation>Фотоотчёт</translation>
    </message>
    <message>
        <source>photo report.pdf</source>
        <translation>фотоотчёт.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the photo report…</source>
        <translation>Запись фотоотчёта…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Файл не записан</translation>
    </message>
    <message>
        <source>Inspection report: {title}</source>
        <translation>Акт проверки: {title}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Изменение позиции</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>e.g. Lathe with CNC, model …</source>
        <translation>например, Токарный станок с ЧПУ, модель …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Technical characteristics</source>
        <translation>Технические характеристики</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>Количество *</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>например, 2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Unit price, ₽</source>
        <translation>Цена за единицу, ₽</translation>
    </message>
    <message>
        <source>e.g. 1 234,50</source>
        <translation>например, 1 234,50</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>— no contract —</source>
        <translation>— без контракта —</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Заключён {date}</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>Открыть контракт</translation>
    </message>
    <message>
        <source>Show this contract, its acceptance and payments in «Grant and procurement»</source>
        <translation>Показать этот контракт, его приёмку и оплаты в разделе «Грант и закупки»</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>No inspection has answered about this item yet.</source>
        <translation>Ни одна проверка ещё не отвечала об этой позиции.</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>Открыть проверку</translation>
    </message>
    <message>
        <source>Close this window without saving your changes?</source>
        <translation>Закрыть окно, не сохраняя изменения?</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Текущий этап</translation>
    </message>
    <message>
        <source>The date each stage was reached; they go in order.</source>
        <translation>Дата достижения каждого этапа; даты идут по порядку.</translation>
    </message>
    <message>
        <source>Typed before: «{text}» — no such contract in the register; choose the contract from the list.</source>
        <translation>Ранее введено вручную: «{text}» — такого контракта нет в реестре; выберите контракт из списка.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>critical</source>
        <extracomment>(inspection item id, value, comment or None) → the answer as saved</extracomment>
        <translation>критичный</translation>
    </message>
    <message>
        <source>A «no» here is a critical finding.</source>
        <translation>Ответ «нет» здесь — критичное замечание.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Photo required · attached: {count}</source>
        <translation>Нужно фото · приложено: {count}</translation>
    </message>
    <message>
        <source>Photo required · none yet</source>
        <translation>Нужно фото · пока нет</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>Add item</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Изменить позицию</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>На следующий этап</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Поиск по наименованию…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>This infrastructure list has no items yet.</source>
        <translation>В инфраструктурном листе пока нет ни одной позиции.</translation>
    </message>
    <message>
        <source>Add the first item</source>
        <translation>Добавить первую позицию</translation>
    </message>
    <message>
        <source>Infrastructure list</source>
        <translation>Инфраструктурный лист</translation>
    </message>
    <message>
        <source>Items: {count}   Total: {sum}</source>
        <translation>Позиций: {count}   Итого: {sum}</translation>
    </message>
    <message>
        <source>Shown {shown} of {total}.</source>
        <translation>Показано {shown} из {total}.</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Delete «{name}» from the infrastructure list?</source>
        <translation>Удалить «{name}» из инфраструктурного листа?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
    <message>
        <source>«{name}» is already commissioned.</source>
        <translation>«{name}» уже введено в эксплуатацию.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>«{name}»: {stage}</source>
        <translation>«{name}»: {stage}</translation>
    </message>
    <message>
        <source>Import the infrastructure list</source>
        <translation>Импорт инфраструктурного листа</translation>
    </message>
    <message>
        <source>Importing the infrastructure list…</source>
        <translation>Импорт инфраструктурного листа…</translation>
    </message>
    <message>
        <source>Export the infrastructure list</source>
        <translation>Экспорт инфраструктурного листа</translation>
    </message>
    <message>
        <source>infrastructure-list.xlsx</source>
        <translation>инфраструктурный-лист.xlsx</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Файл сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за ед.</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Stage dates</source>
        <translation>Даты этапов</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Typed before: «{text}» — not in the register of contracts; choose the contract in the item&apos;s window.</source>
        <translation>Ранее введено вручную: «{text}» — нет в реестре контрактов; выберите контракт в окне позиции.</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Edit budget line</source>
        <translation>Изменение статьи бюджета</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Новая статья бюджета</translation>
    </message>
    <message>
        <source>Source *</source>
        <translation>Источник *</translation>
    </message>
    <message>
        <source>Category *</source>
        <translation>Категория *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>e.g. Equipment for the welding workshop</source>
        <translation>например, Оборудование мастерской сварочных технологий</translation>
    </message>
    <message>
        <source>Planned, RUB *</source>
        <translation>План, ₽ *</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Choose the source.</source>
        <translation>Выберите источник.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The database is already open on computer «{host}» by user «{user}» since {since}. Close ClusterDesk there first. If that program is no longer running (the computer was switched off), an administrator can break the lock.</source>
        <translation>База данных уже открыта на компьютере «{host}» пользователем «{user}» с {since}. Сначала закройте там ClusterDesk. Если программа там уже не работает (компьютер выключили), администратор может снять блокировку.</translation>
    </message>
    <message>
        <source>The database {path} is on a network folder. A database file must not be shared over the network: data can be lost. Keep it on this computer, or ask the administrator to set up a shared PostgreSQL database (see the README).</source>
        <translation>База данных {path} лежит в сетевой папке. Файл базы нельзя открывать по сети: данные могут потеряться. Храните его на этом компьютере или попросите администратора настроить общую базу PostgreSQL (см. README).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>{app}: log in</source>
        <translation>{app}: вход</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The office of an educational and industrial cluster «Professionalitet»</source>
        <translation>Управление образовательно-производственным кластером «Профессионалитет»</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
</context>
<context>
    <name>LogoSlot</name>
    <message>
        <source>Import…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>нет логотипа</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Documents and settings</source>
        <translation>Документы и настройки</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sites and workshops</source>
        <translation>Площадки и мастерские</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Grant and procurement</source>
        <translation>Грант и закупки</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Career maps</source>
        <translation>Карьерные карты</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>Запросы данных</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>демонстрационная база</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Data check…</source>
        <translation>Проверка данных…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Пользователь: {name}</translation>
    </message>
    <message>
        <source>Opening the section…</source>
        <translation>Открывается раздел…</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of ClusterDesk.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией ClusterDesk.</translation>
    </message>
    <message>
        <source>Saving a backup copy…</source>
        <translation>Сохраняется резервная копия…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>Подключение к базе…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервная копия сейчас</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>This section has no search.</source>
        <translation>В этом разделе нет поиска.</translation>
    </message>
</context>
<context>
    <name>MapForm</name>
    <message>
        <source>Profession or specialty</source>
        <translation>Профессия или специальность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>e.g. Mechanical engineering technology</source>
        <translation>например, Технология машиностроения</translation>
    </message>
    <message>
        <source>College and industry</source>
        <translation>Колледж и отрасль</translation>
    </message>
    <message>
        <source>College (participant)</source>
        <translation>Колледж (участник)</translation>
    </message>
    <message>
        <source>College as printed *</source>
        <translation>Колледж для печати *</translation>
    </message>
    <message>
        <source>The short name, e.g. БПОУ ВО «ЧМК»</source>
        <translation>Краткое название, например БПОУ ВО «ЧМК»</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>e.g. Machine building</source>
        <translation>например, Машиностроение</translation>
    </message>
    <message>
        <source>Career ladder</source>
        <translation>Карьерная лестница</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Motivation tools</source>
        <translation>Мотивационные инструменты</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Логотипы</translation>
    </message>
    <message>
        <source>Federal project</source>
        <translation>Федеральный проект</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Logos are PNG, JPEG or SVG files; the employers&apos; logos are imported in the list of employers. A logo belongs to a saved map: Import… saves the map first.</source>
        <translation>Логотипы — файлы PNG, JPEG или SVG; логотипы работодателей загружаются в списке работодателей. Логотип относится к сохранённой карте: «Загрузить…» сначала сохраняет карту.</translation>
    </message>
    <message>
        <source>Geography and contacts</source>
        <translation>География и контакты</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>География</translation>
    </message>
    <message>
        <source>Where graduates work: towns, districts</source>
        <translation>Где работают выпускники: города, районы</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>The college&apos;s address, admissions phone, e-mail</source>
        <translation>Адрес колледжа, телефон приёмной комиссии, e-mail</translation>
    </message>
    <message>
        <source>Web page (QR code)</source>
        <translation>Сайт (QR-код)</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбран —</translation>
    </message>
</context>
<context>
    <name>MapPrinter</name>
    <message>
        <source>Print the career map to PDF</source>
        <translation>Печать карьерной карты в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the career map…</source>
        <translation>Карьерная карта записывается…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>A folder for the approved career maps</source>
        <translation>Папка для утверждённых карьерных карт</translation>
    </message>
    <message>
        <source>Writing the approved career maps…</source>
        <translation>Утверждённые карьерные карты записываются…</translation>
    </message>
    <message>
        <source>Writing the approved career maps: {done} of {total}…</source>
        <translation>Утверждённые карьерные карты записываются: {done} из {total}…</translation>
    </message>
    <message>
        <source>Written: {count} maps and the combined file {name}</source>
        <translation>Записано карт: {count}, общий файл {name}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting No. {number}</source>
        <translation>Заседание № {number}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Protocol No. *</source>
        <translation>Протокол № *</translation>
    </message>
    <message>
        <source>unique for the council within a year</source>
        <translation>не повторяется у совета в течение года</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Дата *</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>One agenda item a line</source>
        <translation>Один вопрос повестки в строке</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Present (tick)</source>
        <translation>Присутствовали (отметьте)</translation>
    </message>
    <message>
        <source>Present {present} of {total}: quorum</source>
        <translation>Присутствует {present} из {total}: кворум есть</translation>
    </message>
    <message>
        <source>Present {present} of {total}: no quorum (more than half needed)</source>
        <translation>Присутствует {present} из {total}: кворума нет (нужно больше половины)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member: {name}</source>
        <translation>Член совета: {name}</translation>
    </message>
    <message>
        <source>New member of the council</source>
        <translation>Новый член совета</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Role on the council *</source>
        <translation>Роль в совете *</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>e.g. director of the college</source>
        <translation>например, директор колледжа</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Дата включения</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>A member who leaves the council gets a date of leaving: the protocols keep the name.</source>
        <translation>Вышедшему из совета указывают дату выхода: в протоколах его имя сохраняется.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Student (surname, first name)</source>
        <translation>Студент (фамилия, имя)</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>Учебная группа</translation>
    </message>
</context>
<context>
    <name>MoneyChart</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтрактовано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>mln RUB</source>
        <translation>млн ₽</translation>
    </message>
    <message>
        <source>Money by month, cumulative</source>
        <translation>Средства по месяцам, нарастающим итогом</translation>
    </message>
</context>
<context>
    <name>MonitoringDueDay</name>
    <message>
        <source>Monthly monitoring form</source>
        <translation>Ежемесячная форма мониторинга</translation>
    </message>
    <message>
        <source>Save the due day</source>
        <translation>Сохранить срок сдачи</translation>
    </message>
    <message>
        <source>Due by this day of the next month:</source>
        <translation>Сдаётся до этого числа следующего месяца:</translation>
    </message>
    <message>
        <source>A month&apos;s form not handed in («report monitoring --final») by this day is overdue in «Сроки» and in the data check.</source>
        <translation>Форма за месяц, не сданная (итоговая выгрузка «report monitoring --final») к этому числу, считается просроченной в разделе «Сроки» и в проверке данных.</translation>
    </message>
    <message>
        <source>Saved: the form is due by day {day} of the next month.</source>
        <translation>Сохранено: форма сдаётся до {day}-го числа следующего месяца.</translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <source>«{text}» is not a month: write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>«{text}» — не месяц: укажите его в виде ГГГГ-ММ, например 2026-10.</translation>
    </message>
    <message>
        <source>Changed after submission: {what}, {figure}: {before} → {now}</source>
        <translation>Изменено после сдачи: {what}, {figure}: {before} → {now}</translation>
    </message>
    <message>
        <source>{status} for {date}</source>
        <translation>{status} на {date}</translation>
    </message>
    <message>
        <source>Over the line: {reason}</source>
        <translation>Сверх статьи: {reason}</translation>
    </message>
    <message>
        <source>Overdue (delivery was due {date})</source>
        <translation>Просрочен (срок поставки {date})</translation>
    </message>
    <message>
        <source>Subtotal: {source}</source>
        <translation>Итого по источнику: {source}</translation>
    </message>
    <message>
        <source>Total for all sources</source>
        <translation>Всего по всем источникам</translation>
    </message>
    <message>
        <source>Monitoring form on the progress of procurement, contracting and spending of the grant</source>
        <translation>Мониторинговая форма по реализации закупочных процедур, контрактации и расходованию средств гранта</translation>
    </message>
    <message>
        <source>Cluster: {name}</source>
        <translation>Кластер: {name}</translation>
    </message>
    <message>
        <source>Recipient of the federal grant: {college}</source>
        <translation>Получатель федерального гранта: {college}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Регион: {region}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>Prepared by: {user}</source>
        <translation>Подготовил: {user}</translation>
    </message>
    <message>
        <source>Draft: not submitted.</source>
        <translation>Черновик: форма не сдана.</translation>
    </message>
    <message>
        <source>Submitted on {date}.</source>
        <translation>Окончательная версия, сдана {date}.</translation>
    </message>
    <message>
        <source>since the last submitted form</source>
        <translation>с последней сданной формы</translation>
    </message>
    <message>
        <source>since the form for {month}</source>
        <translation>с формы за {month}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Source, budget line, procedure, contract</source>
        <translation>Источник, статья бюджета, закупка, контракт</translation>
    </message>
    <message>
        <source>Method of procurement / supplier</source>
        <translation>Способ закупки / поставщик</translation>
    </message>
    <message>
        <source>Supplier&apos;s INN</source>
        <translation>ИНН поставщика</translation>
    </message>
    <message>
        <source>Notice / contract No.</source>
        <translation>№ извещения / контракта</translation>
    </message>
    <message>
        <source>Announced / signed on</source>
        <translation>Дата извещения / заключения</translation>
    </message>
    <message>
        <source>Summed up on / delivery due</source>
        <translation>Дата итогов / срок поставки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned / initial price</source>
        <translation>План / НМЦК</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтрактовано</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>В т. ч. НДС</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Contracted {since}</source>
        <translation>Законтрактовано {since}</translation>
    </message>
    <message>
        <source>Paid {since}</source>
        <translation>Оплачено {since}</translation>
    </message>
    <message>
        <source>Contract: {subject}</source>
        <translation>Контракт: {subject}</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Procedure: {subject}</source>
        <translation>Закупка: {subject}</translation>
    </message>
    <message>
        <source>Monitoring {month}</source>
        <translation>Мониторинг {month}</translation>
    </message>
    <message>
        <source>notice No. {number} of {date}</source>
        <translation>извещение № {number} от {date}</translation>
    </message>
    <message>
        <source>summed up {date}</source>
        <translation>итоги {date}</translation>
    </message>
    <message>
        <source>Contract No. {number} of {date}</source>
        <translation>Контракт № {number} от {date}</translation>
    </message>
    <message>
        <source>{supplier}, INN {inn}</source>
        <translation>{supplier}, ИНН {inn}</translation>
    </message>
    <message>
        <source>incl. VAT {sum}</source>
        <translation>в т. ч. НДС {sum}</translation>
    </message>
    <message>
        <source>delivery by {date}</source>
        <translation>поставка до {date}</translation>
    </message>
    <message>
        <source>% contr.</source>
        <translation>% контр.</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>% опл.</translation>
    </message>
    <message>
        <source>Change {since}: contracted / paid</source>
        <translation>Изменение {since}: законтрактовано / оплачено</translation>
    </message>
    <message>
        <source>Head of the grant recipient</source>
        <translation>Руководитель получателя гранта</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Телефон исполнителя</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>объявлено</translation>
    </message>
    <message>
        <source>contracted</source>
        <translation>законтрактовано</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачено</translation>
    </message>
    <message>
        <source>contract sum</source>
        <translation>цена контракта</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>Line «{name}»</source>
        <translation>Статья «{name}»</translation>
    </message>
    <message>
        <source>Contract No. {number} ({supplier})</source>
        <translation>Контракт № {number} ({supplier})</translation>
    </message>
    <message>
        <source>The month {month} has not begun yet: a form is made for the current month or one before it.</source>
        <translation>Месяц {month} ещё не начался: форму составляют за текущий или прошедший месяц.</translation>
    </message>
    <message>
        <source>Your role may export the form only as a draft: submitting it as final needs the right to submit monitoring forms.</source>
        <translation>Ваша роль позволяет выгрузить форму только как черновик: чтобы сдать окончательную форму, нужно право сдачи мониторинговых форм.</translation>
    </message>
    <message>
        <source>The form is written to a .xlsx or a .pdf file.</source>
        <translation>Форму можно сохранить только в файл .xlsx или .pdf.</translation>
    </message>
    <message>
        <source>Amounts are in roubles.</source>
        <translation>Суммы указаны в рублях.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Monthly monitoring form</source>
        <translation>Ежемесячная форма мониторинга</translation>
    </message>
    <message>
        <source>Next you choose where to save the form: an Excel workbook (.xlsx) or a PDF document (.pdf).</source>
        <translation>Затем выберите, куда сохранить форму: книга Excel (.xlsx) или документ PDF (.pdf).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Planned (procedures)</source>
        <translation>Запланировано (процедуры)</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтрактовано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>mln RUB</source>
        <translation>млн ₽</translation>
    </message>
    <message>
        <source>Cumulative by month, {year}</source>
        <translation>Нарастающим итогом по месяцам, {year}</translation>
    </message>
    <message>
        <source>By the end of the year: planned {planned}, contracted {contracted}, paid {paid}</source>
        <translation>На конец года: запланировано {planned}, законтрактовано {contracted}, оплачено {paid}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Choose the first party.</source>
        <translation>Выберите первую сторону.</translation>
    </message>
    <message>
        <source>Choose the second party.</source>
        <translation>Выберите вторую сторону.</translation>
    </message>
    <message>
        <source>An agreement is between two different organizations.</source>
        <translation>Соглашение заключается между двумя разными организациями.</translation>
    </message>
    <message>
        <source>A whole number from 0 to 10,000,000.</source>
        <translation>Целое число от 0 до 10 000 000.</translation>
    </message>
    <message>
        <source>The organization that uses the resource is not its owner.</source>
        <translation>Организация-пользователь не может быть владельцем ресурса.</translation>
    </message>
    <message>
        <source>Give the expert&apos;s organization.</source>
        <translation>Укажите организацию эксперта.</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>Этой записи больше нет: её кто-то удалил.</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Shared use</source>
        <translation>Совместное использование</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>— choose the site —</source>
        <translation>— выберите площадку —</translation>
    </message>
    <message>
        <source>Site *</source>
        <translation>Площадка *</translation>
    </message>
    <message>
        <source>Checklist *</source>
        <translation>Чек-лист *</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Planned date *</source>
        <translation>Плановая дата *</translation>
    </message>
    <message>
        <source>One name a line, e.g. Иванов И. И.</source>
        <translation>По одному в строке, например: Иванов И. И.</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>Проверяющие</translation>
    </message>
    <message>
        <source>The equipment checklist is made from one workshop&apos;s infrastructure list: tick exactly one.</source>
        <translation>Чек-лист оборудования строится по инфраструктурному листу одной мастерской: отметьте ровно одну.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Year *</source>
        <translation>Год *</translation>
    </message>
    <message>
        <source>Kind of plan *</source>
        <translation>Вид плана *</translation>
    </message>
    <message>
        <source>From the template: the standard events of this kind of plan</source>
        <translation>Из шаблона: типовые мероприятия плана этого вида</translation>
    </message>
    <message>
        <source>A copy of another plan (moved to this year)</source>
        <translation>Копия другого плана (с переносом на этот год)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Основа</translation>
    </message>
    <message>
        <source>A copy takes the events and their dates, not their results.</source>
        <translation>В копию переходят мероприятия и их даты, но не итоги.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Open deadlines</source>
        <translation>Открыть сроки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
    <message>
        <source>Deadlines overdue: {count}</source>
        <translation>Просрочено сроков: {count}</translation>
    </message>
    <message>
        <source>due within {days} days: {count}</source>
        <translation>наступают в ближайшие {days} дн.: {count}</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation>Редактирование организации</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Membership in the cluster</source>
        <translation>Участие в кластере</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Полное наименование *</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>10 digits, or 12 for an individual</source>
        <translation>10 цифр или 12 — для физического лица</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 цифр</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>9 characters</source>
        <translation>9 символов</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Contacts are personal data (Federal Law 152-FZ): record the person&apos;s consent to processing and its date.</source>
        <translation>Сведения о контактных лицах — персональные данные (Федеральный закон № 152-ФЗ): отметьте согласие человека на их обработку и дату согласия.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Удалить контакт</translation>
    </message>
    <message>
        <source>Export the person&apos;s data…</source>
        <translation>Выгрузить данные человека…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Удалить по запросу…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>№ соглашения</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Дата соглашения</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Причина выхода</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>История участия</translation>
    </message>
    <message>
        <source>Selected membership</source>
        <translation>Выбранный период участия</translation>
    </message>
    <message>
        <source>Grant recipient</source>
        <translation>Получатель гранта</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>Withdrew of its own will</source>
        <translation>Вышла по собственному желанию</translation>
    </message>
    <message>
        <source>Excluded by the council</source>
        <translation>Исключена решением совета</translation>
    </message>
    <message>
        <source>e.g. council decision, protocol no. and date</source>
        <translation>например, решение совета, номер и дата протокола</translation>
    </message>
    <message>
        <source>How left</source>
        <translation>Как вышла</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Решение совета</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>Новый период участия</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Select a saved contact first.</source>
        <translation>Сначала выберите сохранённое контактное лицо.</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Выгрузка данных человека</translation>
    </message>
    <message>
        <source>personal-data.xlsx</source>
        <translation>персональные-данные.xlsx</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data for good, as they asked? This cannot be undone; the log will keep only the fact of the erasure.</source>
        <translation>Удалить данные этого человека насовсем, по его запросу? Отменить это нельзя; в журнале останется только факт удаления.</translation>
    </message>
    <message>
        <source>— choose the council&apos;s decision —</source>
        <translation>— выберите решение совета —</translation>
    </message>
    <message>
        <source>{council}, protocol No. {number} of {date}</source>
        <translation>{council}, протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Excluded by the decision of the council, protocol No. {number} of {date}</source>
        <translation>Исключена решением совета, протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>PageActions</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>PaperChooser</name>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>The organization has not been saved yet.</source>
        <translation>Организация ещё не сохранена.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Этого контактного лица уже нет.</translation>
    </message>
    <message>
        <source>Personal data of a contact</source>
        <translation>Персональные данные контактного лица</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Consent to processing</source>
        <translation>Согласие на обработку</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>This organization no longer exists: someone deleted it.</source>
        <translation>Этой организации больше нет: её удалил другой пользователь.</translation>
    </message>
    <message>
        <source>An organization with this INN is already listed: {name}.</source>
        <translation>Организация с таким ИНН уже есть в списке: {name}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Пустой шаблон…</translation>
    </message>
    <message>
        <source>Search by name, INN, OGRN, region, agreement…</source>
        <translation>Поиск по наименованию, ИНН, ОГРН, региону, соглашению…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Counterparties</source>
        <translation>Контрагенты</translation>
    </message>
    <message>
        <source>Members of the cluster today</source>
        <translation>Участники кластера на сегодня</translation>
    </message>
    <message>
        <source>Suppliers and other organizations without a current membership</source>
        <translation>Поставщики и другие организации без действующего участия в кластере</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>There are no participants yet.</source>
        <translation>Пока нет ни одного участника.</translation>
    </message>
    <message>
        <source>Add the first organization</source>
        <translation>Добавить первую организацию</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>Организаций: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete «{name}» with its contacts and membership history?</source>
        <translation>Удалить «{name}» вместе с контактными лицами и историей участия?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>«{name}» was deleted.</source>
        <translation>Организация «{name}» удалена.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>participants.xlsx</source>
        <translation>участники.xlsx</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>Пустой шаблон</translation>
    </message>
    <message>
        <source>participants-template.xlsx</source>
        <translation>участники-шаблон.xlsx</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Файл сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>№ соглашения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не в кластере</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>New payment</source>
        <translation>Новый платёж</translation>
    </message>
    <message>
        <source>Paid on *</source>
        <translation>Дата оплаты *</translation>
    </message>
    <message>
        <source>Sum, RUB *</source>
        <translation>Сумма, ₽ *</translation>
    </message>
    <message>
        <source>Payment order no.</source>
        <translation>Платёжное поручение №</translation>
    </message>
    <message>
        <source>e.g. 482</source>
        <translation>например, 482</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Council member (read-only)</source>
        <translation>Член совета (только просмотр)</translation>
    </message>
    <message>
        <source>Your role does not allow this action ({permission}).</source>
        <extracomment>A database with no accounts yet runs for whoever opens it (issue 3).</extracomment>
        <translation>Ваша роль не позволяет выполнить это действие ({permission}).</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>— not linked to an item —</source>
        <translation>— не привязано к пункту —</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Фото: {count}</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <source>Not every photo was added</source>
        <translation>Не все фото добавлены</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Удаление фото</translation>
    </message>
    <message>
        <source>Remove the photo «{name}» from the inspection?</source>
        <translation>Удалить фото «{name}» из проверки?</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>PlanEventsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <source>Reach:
plan / actual</source>
        <translation>Охват:
план / факт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Without a section</source>
        <translation>Без раздела</translation>
    </message>
    <message>
        <source>{number}. {title} ({count})</source>
        <translation>{number}. {title} ({count})</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Редакции…</translation>
    </message>
    <message>
        <source>Delete draft plan</source>
        <translation>Удалить проект плана</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>There are no plans yet.</source>
        <translation>Пока нет ни одного плана.</translation>
    </message>
    <message>
        <source>Create the first plan</source>
        <translation>Создать первый план</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>No plan for this year. Create one with «New plan…».</source>
        <translation>На этот год плана нет. Создайте его кнопкой «Новый план…».</translation>
    </message>
    <message>
        <source>Events: {count}, held: {held}</source>
        <translation>Мероприятий: {count}, проведено: {held}</translation>
    </message>
    <message>
        <source>Draft: not approved yet.</source>
        <translation>Проект: ещё не утверждён.</translation>
    </message>
    <message>
        <source>Approved by the protocol of the {council} No. {number} of {date}</source>
        <translation>Утверждён протоколом заседания {council} № {number} от {date}</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>редакция № {number}</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции плана</translation>
    </message>
    <message>
        <source>Delete the draft «{name}» with its {count} events?</source>
        <translation>Удалить проект «{name}» вместе с мероприятиями ({count})?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>The report could not be prepared for printing.</source>
        <translation>Не удалось подготовить отчёт к печати.</translation>
    </message>
    <message>
        <source>The printer did not accept the job.</source>
        <translation>Принтер не принял задание.</translation>
    </message>
    <message>
        <source>Preparing the report for printing…</source>
        <translation>Подготовка отчёта к печати…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>ProcurementDialog</name>
    <message>
        <source>Edit procedure</source>
        <translation>Изменение процедуры</translation>
    </message>
    <message>
        <source>New procurement procedure</source>
        <translation>Новая закупочная процедура</translation>
    </message>
    <message>
        <source>Budget line *</source>
        <translation>Статья бюджета *</translation>
    </message>
    <message>
        <source>What is bought, e.g. welding equipment</source>
        <translation>Что закупается, например: сварочное оборудование</translation>
    </message>
    <message>
        <source>Subject *</source>
        <translation>Предмет закупки *</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ закупки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>Номер извещения</translation>
    </message>
    <message>
        <source>e.g. 0130200002426000123</source>
        <translation>например, 0130200002426000123</translation>
    </message>
    <message>
        <source>Initial price, RUB</source>
        <translation>НМЦК, ₽</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Планируемая дата</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата извещения</translation>
    </message>
    <message>
        <source>Summed up on</source>
        <translation>Дата подведения итогов</translation>
    </message>
    <message>
        <source>Choose the budget line.</source>
        <translation>Выберите статью бюджета.</translation>
    </message>
</context>
<context>
    <name>ProgrammeApprovalDialog</name>
    <message>
        <source>Approve the programme of activity</source>
        <translation>Утвердить программу деятельности</translation>
    </message>
    <message>
        <source>Council&apos;s decision *</source>
        <translation>Решение совета *</translation>
    </message>
    <message>
        <source>The indicators&apos; targets are approved with the programme; the reports print this decision&apos;s council, number and date.</source>
        <translation>Плановые значения показателей утверждаются вместе с программой; в отчётах печатаются совет, номер и дата протокола этого решения.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Pupils of grades 6–11 reached</source>
        <extracomment>What the user enters for a year. КЦП is not among them: its one record is the admission figures (migration 0012 dropped the baselines&apos; former copy).</extracomment>
        <translation>Охват учеников 6–11 классов</translation>
    </message>
    <message>
        <source>Schools involved</source>
        <translation>Вовлечённость школ</translation>
    </message>
    <message>
        <source>College students reached</source>
        <translation>Охват студентов</translation>
    </message>
    <message>
        <source>Enterprises involved</source>
        <translation>Вовлечённость предприятий</translation>
    </message>
    <message>
        <source>Admission figures (КЦП) met</source>
        <translation>Выполнение КЦП</translation>
    </message>
    <message>
        <source>A whole number from 0 to 100,000,000.</source>
        <extracomment>participants asked for this period&apos;s event results whose file is not accepted yet</extracomment>
        <translation>Целое число от 0 до 100 000 000.</translation>
    </message>
</context>
<context>
    <name>ReachChart</name>
    <message>
        <source>Events held</source>
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охвачено человек</translation>
    </message>
    <message>
        <source>events</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Held events and people reached by month</source>
        <translation>Проведённые мероприятия и охват по месяцам</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Site / workshop</source>
        <translation>Площадка / мастерская</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Brand book</source>
        <translation>Брендбук</translation>
    </message>
    <message>
        <source>Delivered
value / count</source>
        <translation>Поставлено
сумма / кол-во</translation>
    </message>
    <message>
        <source>Installed
value / count</source>
        <translation>Установлено
сумма / кол-во</translation>
    </message>
    <message>
        <source>Commissioned
value / count</source>
        <translation>Введено
сумма / кол-во</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ПО</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>By value: {value}
By count: {count}</source>
        <translation>По стоимости: {value}
По количеству: {count}</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Export the map…</source>
        <translation>Экспорт карты…</translation>
    </message>
    <message>
        <source>Green: 100 %; yellow: 50 % and more; red: below 50 %; grey «—»: nothing to measure yet. Delivered, installed and commissioned: by value / by count, software excluded.</source>
        <translation>Зелёный — 100 %; жёлтый — от 50 %; красный — меньше 50 %; серый «—» — пока нечего измерять. Поставлено, установлено, введено: по стоимости / по количеству, без ПО.</translation>
    </message>
    <message>
        <source>Items bought under a contract count as delivered by its acceptance documents: the share of the contract&apos;s sum accepted (as in the monitoring form) of their value; installed and commissioned never exceed it. Items without a contract count by their stage.</source>
        <translation>Позиции, закупленные по контракту, считаются поставленными по документам приёмки: принятая доля суммы контракта (как в форме мониторинга) от их стоимости; установлено и введено в эксплуатацию не больше этого. Позиции без контракта считаются по их этапу.</translation>
    </message>
    <message>
        <source>There are no sites yet.</source>
        <translation>Пока нет ни одной площадки.</translation>
    </message>
    <message>
        <source>Add the first site</source>
        <translation>Добавить первую площадку</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <source>Export the readiness map</source>
        <translation>Экспорт карты готовности</translation>
    </message>
    <message>
        <source>readiness-map.xlsx</source>
        <translation>карта-готовности.xlsx</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Файл сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>There are no records yet.</source>
        <translation>Пока нет ни одной записи.</translation>
    </message>
    <message>
        <source>Add the first record</source>
        <translation>Добавить первую запись</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Roadmap control list</source>
        <translation>Контрольный лист дорожной карты</translation>
    </message>
    <message>
        <source>regional and federal operators</source>
        <translation>региональному и федеральному операторам</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <source>Monitoring form: procurement and grant spending</source>
        <translation>Мониторинговая форма по закупкам и расходованию гранта</translation>
    </message>
    <message>
        <source>Site readiness map</source>
        <translation>Карта готовности площадок</translation>
    </message>
    <message>
        <source>operators; the final report on the centre</source>
        <translation>операторам; в итоговый отчёт о создании центра</translation>
    </message>
    <message>
        <source>on request, at the year&apos;s end</source>
        <translation>по запросу, в конце года</translation>
    </message>
    <message>
        <source>Photo report</source>
        <translation>Фотоотчёт</translation>
    </message>
    <message>
        <source>operators, with the final report</source>
        <translation>операторам, в итоговый отчёт</translation>
    </message>
    <message>
        <source>with the final report</source>
        <translation>с итоговым отчётом</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Акт проверки</translation>
    </message>
    <message>
        <source>the site (college), those responsible for findings; the file</source>
        <translation>площадке (колледжу), ответственным за замечания; в дело</translation>
    </message>
    <message>
        <source>after each inspection</source>
        <translation>после каждой проверки</translation>
    </message>
    <message>
        <source>Plan of events</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>the council for approval; participants</source>
        <translation>совету на утверждение; участникам</translation>
    </message>
    <message>
        <source>yearly, after revisions</source>
        <translation>раз в год, после редакций</translation>
    </message>
    <message>
        <source>Reach for a period</source>
        <translation>Охват за период</translation>
    </message>
    <message>
        <source>the council, the regional operator</source>
        <translation>совету, региональному оператору</translation>
    </message>
    <message>
        <source>quarterly and yearly</source>
        <translation>ежеквартально и за год</translation>
    </message>
    <message>
        <source>Career map</source>
        <translation>Карьерная карта</translation>
    </message>
    <message>
        <source>the council for approval; the printing house</source>
        <translation>совету на утверждение; в типографию</translation>
    </message>
    <message>
        <source>as maps are approved</source>
        <translation>по мере утверждения</translation>
    </message>
    <message>
        <source>Protocol of a council meeting</source>
        <translation>Протокол заседания совета</translation>
    </message>
    <message>
        <source>council members, participants</source>
        <translation>членам совета, участникам</translation>
    </message>
    <message>
        <source>after each meeting</source>
        <translation>после заседания</translation>
    </message>
    <message>
        <source>Partnership agreement with a participant</source>
        <translation>Соглашение о партнёрстве с участником</translation>
    </message>
    <message>
        <source>the participant, for signing</source>
        <translation>участнику, на подпись</translation>
    </message>
    <message>
        <source>when a participant joins</source>
        <translation>при вступлении участника</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Показатели результативности</translation>
    </message>
    <message>
        <source>Annual report of the cluster</source>
        <translation>Годовой отчёт кластера</translation>
    </message>
    <message>
        <source>the council, regional and federal operators</source>
        <translation>совету, региональному и федеральному операторам</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>раз в год</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>the council, operators, for checking</source>
        <translation>совету, операторам, для сверки</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <source>{council}, protocol No. {number} of {day}</source>
        <translation>{council}, протокол № {number} от {day}</translation>
    </message>
    <message>
        <source>This report is written as {formats}.</source>
        <translation>Этот отчёт записывается в формате {formats}.</translation>
    </message>
    <message>
        <source>Choose what the report is for.</source>
        <translation>Выберите, по чему составить отчёт.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Counterparties of the cluster</source>
        <extracomment>narrow enough for A3 landscape at 7 pt or more; long names wrap (the rows grow to fit) The columns that fit on A4 landscape, with their relative widths there (an agreement number like «ОПЦ-2024/001102» fits on one line: a code cut in two reads wrong).</extracomment>
        <translation>Контрагенты кластера</translation>
    </message>
    <message>
        <source>Participants of the cluster</source>
        <translation>Участники кластера</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <extracomment>Notes after a table this short stay whole with its last rows; longer ones keep only their first lines there (no page holds only a footnote).</extracomment>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <source>Generated: {date}</source>
        <translation>Сформировано: {date}</translation>
    </message>
    <message>
        <source>{cluster}; as of {date}</source>
        <translation>{cluster}; по состоянию на {date}</translation>
    </message>
    <message>
        <source>Roadmap control list</source>
        <translation>Контрольный лист выполнения мероприятий дорожной карты</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Site readiness map</source>
        <translation>Карта готовности площадок</translation>
    </message>
    <message>
        <source>Site / workshop</source>
        <translation>Площадка / мастерская</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Brand book</source>
        <translation>Брендбук</translation>
    </message>
    <message>
        <source>Delivered, by value</source>
        <translation>Поставлено, по стоимости</translation>
    </message>
    <message>
        <source>Delivered, by count</source>
        <translation>Поставлено, по количеству</translation>
    </message>
    <message>
        <source>Installed, by value</source>
        <translation>Установлено, по стоимости</translation>
    </message>
    <message>
        <source>Installed, by count</source>
        <translation>Установлено, по количеству</translation>
    </message>
    <message>
        <source>Commissioned, by value</source>
        <translation>Введено, по стоимости</translation>
    </message>
    <message>
        <source>Commissioned, by count</source>
        <translation>Введено, по количеству</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ПО</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Infrastructure list: {workshop}</source>
        <extracomment>narrow enough for A3 landscape at 7 pt or more; long names wrap (the rows grow to fit)</extracomment>
        <translation>Инфраструктурный лист: {workshop}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДЕНО</translation>
    </message>
    <message>
        <source>by the minutes of the meeting of {body}</source>
        <translation>протоколом заседания {body}</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Revision No. {number}</source>
        <translation>Редакция № {number}</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Прочие мероприятия</translation>
    </message>
    <message>
        <source>Revision No. {number} of {date}: {what} Reason: {why}.</source>
        <translation>Редакция № {number} от {date}: {what} Основание: {why}.</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>№ п/п</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки проведения</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Planned reach, people</source>
        <translation>Планируемый охват, чел.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Revisions of the plan</source>
        <translation>Редакции плана</translation>
    </message>
    <message>
        <source>at least {goal} %</source>
        <translation>не менее {goal} %</translation>
    </message>
    <message>
        <source>Reach of the popularization events for the period {start} – {end}</source>
        <translation>Охват мероприятиями популяризации за период {start} – {end}</translation>
    </message>
    <message>
        <source>The plan file must end in .xlsx, .pdf or .docx.</source>
        <translation>Файл плана должен иметь расширение .xlsx, .pdf или .docx.</translation>
    </message>
    <message>
        <source>No programme of activity is entered.</source>
        <translation>Программа деятельности не введена.</translation>
    </message>
    <message>
        <source>{title}, {start}–{end}</source>
        <translation>{title}, {start}–{end}</translation>
    </message>
    <message>
        <source>approved by {body}, protocol No. {number} of {date}</source>
        <translation>утверждена решением {body}, протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Performance indicators of the programme of activity for {year}</source>
        <translation>Показатели результативности программы деятельности за {year} год</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% выполнения</translation>
    </message>
    <message>
        <source>Source of the actual</source>
        <translation>Источник фактического значения</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Deviation is the actual minus the target. Computed indicators are counted from the cluster&apos;s records at the end of the year (or today, for the current year).</source>
        <translation>Отклонение — факт минус план. Расчётные показатели вычислены по учётным данным кластера на конец года (для текущего года — на сегодня).</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Indicators: {total}; behind the target: {behind}.</source>
        <translation>Показателей: {total}; отстают от плана: {behind}.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Annual work plan of the cluster (not counted toward the targets)</source>
        <translation>Годовой план работы кластера (не учитывается в целевых показателях)</translation>
    </message>
    <message>
        <source>The targets count the popularization programme&apos;s plan of events and information campaign only; the annual work plan&apos;s events are shown apart.</source>
        <translation>Целевые показатели считаются только по плану мероприятий и плану информационной кампании программы популяризации; мероприятия годового плана работы кластера показаны отдельно.</translation>
    </message>
    <message>
        <source>Baselines (pupils, schools, college students, enterprises) are those of {year}.</source>
        <translation>Базовые значения (школьники, школы, студенты, предприятия) — на {year} год.</translation>
    </message>
    <message>
        <source>Admission figures (КЦП) are the admission figures of {year}: {planned} places, {admitted} admitted.</source>
        <translation>Контрольные цифры приёма (КЦП) — по данным о приёме за {year} год: мест {planned}, принято {admitted}.</translation>
    </message>
    <message>
        <source>Events in the period (not cancelled)</source>
        <translation>Мероприятий в периоде (без отменённых)</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Охват по целевым аудиториям, чел.</translation>
    </message>
    <message>
        <source>Participants of the cluster at the end of {year}</source>
        <extracomment>participants asked for figures of the year whose file is not accepted yet the roadmap, inspections, career maps and ambassador teams (annual_activity.py)</extracomment>
        <translation>Участники кластера на конец {year} года</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступил</translation>
    </message>
    <message>
        <source>Agreement No.</source>
        <translation>№ соглашения</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Вышел</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Left the cluster in {year}: {count}</source>
        <translation>Вышли из кластера в {year} году: {count}</translation>
    </message>
    <message>
        <source>Network cooperation in {year}</source>
        <translation>Сетевое взаимодействие в {year} году</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Parties / organization</source>
        <translation>Стороны / организация</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Network cooperation agreements in force</source>
        <translation>Действующие соглашения о сетевом взаимодействии</translation>
    </message>
    <message>
        <source>Shared use of sites and equipment</source>
        <translation>Совместное использование площадок и оборудования</translation>
    </message>
    <message>
        <source>Expert community</source>
        <translation>Экспертное сообщество</translation>
    </message>
    <message>
        <source>Spending of the money as of {date}</source>
        <translation>Расходование средств на {date}</translation>
    </message>
    <message>
        <source>Source / budget line</source>
        <translation>Источник / статья</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтрактовано</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>% contracted</source>
        <translation>% законтрактовано</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>% оплачено</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>Staff training completed in {year}</source>
        <translation>Обучение кадров, завершённое в {year} году</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>{category}: {count} (with a certificate: {done})</source>
        <translation>{category}: {count} (с удостоверением: {done})</translation>
    </message>
    <message>
        <source>Admission and graduates in {year}</source>
        <translation>Приём и выпуск в {year} году</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Profession / specialty</source>
        <translation>Профессия / специальность</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Admission figures (КЦП)</source>
        <translation>КЦП</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>% filled</source>
        <translation>% выполнения</translation>
    </message>
    <message>
        <source>Targeted contracts</source>
        <translation>Целевые договоры</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускники</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустроено</translation>
    </message>
    <message>
        <source>% employed</source>
        <translation>% трудоустройства</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Meetings of the councils and their decisions in {year}</source>
        <translation>Заседания советов и их решения в {year} году</translation>
    </message>
    <message>
        <source>Council / meeting</source>
        <translation>Совет / заседание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>{council}, protocol No. {number} of {date}</source>
        <translation>{council}, протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>ед.</translation>
    </message>
    <message>
        <source>Participants at the end of the year</source>
        <translation>Участников на конец года</translation>
    </message>
    <message>
        <source>Joined during the year</source>
        <translation>Вступили в течение года</translation>
    </message>
    <message>
        <source>Left during the year</source>
        <translation>Вышли в течение года</translation>
    </message>
    <message>
        <source>Of them excluded by the council</source>
        <translation>Из них исключены решением совета</translation>
    </message>
    <message>
        <source>Events and reach</source>
        <translation>Мероприятия и охват</translation>
    </message>
    <message>
        <source>Total people reached</source>
        <translation>Всего охвачено, чел.</translation>
    </message>
    <message>
        <source>Schools involved (each counted once)</source>
        <translation>Вовлечено школ (каждая учитывается один раз)</translation>
    </message>
    <message>
        <source>Enterprises involved (each counted once)</source>
        <translation>Вовлечено предприятий (каждое учитывается один раз)</translation>
    </message>
    <message>
        <source>Annual work plan of the cluster</source>
        <translation>Годовой план работы кластера</translation>
    </message>
    <message>
        <source>Events of the annual work plan held</source>
        <translation>Проведено мероприятий годового плана работы</translation>
    </message>
    <message>
        <source>People reached by the annual work plan</source>
        <translation>Охвачено мероприятиями годового плана работы</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Workshops with all equipment delivered</source>
        <translation>Мастерские, всё оборудование которых поставлено</translation>
    </message>
    <message>
        <source>Workshops with all equipment commissioned</source>
        <translation>Мастерские, всё оборудование которых введено в эксплуатацию</translation>
    </message>
    <message>
        <source>Workshops 100 % ready</source>
        <translation>Мастерские с готовностью 100 %</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Показатели результативности</translation>
    </message>
    <message>
        <source>Behind the target</source>
        <translation>Отстают от плана</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено заседаний</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Принято решений</translation>
    </message>
    <message>
        <source>Annual report of the cluster for {year}</source>
        <translation>Годовой отчёт кластера за {year} год</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>Managing company: {name}</source>
        <translation>Управляющая компания: {name}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Targets of the popularization programme</source>
        <translation>Целевые показатели программы популяризации</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>нет базы</translation>
    </message>
    <message>
        <source>Only held events count. People are summed over events; a school or an enterprise is counted once however many events it took part in.</source>
        <translation>Учитываются только проведённые мероприятия. Участники суммируются по мероприятиям; школа или предприятие учитывается один раз, в скольких бы мероприятиях ни участвовали.</translation>
    </message>
    <message>
        <source>No baselines are entered for {year}: the percentages are not computed.</source>
        <translation>Базовые значения на {year} год не введены: проценты не рассчитаны.</translation>
    </message>
    <message>
        <source>The report file must end in .xlsx or .pdf.</source>
        <translation>Файл отчёта должен оканчиваться на .xlsx или .pdf.</translation>
    </message>
    <message>
        <source>MINUTES No. {number}</source>
        <translation>ПРОТОКОЛ № {number}</translation>
    </message>
    <message>
        <source>of the meeting of the {council}</source>
        <translation>заседания {council}</translation>
    </message>
    <message>
        <source>Form of the meeting: remote.</source>
        <translation>Форма проведения: заочная.</translation>
    </message>
    <message>
        <source>Present ({count} of {total} members):</source>
        <translation>Присутствовали ({count} из {total} членов):</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Отсутствовали:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Приглашённые:</translation>
    </message>
    <message>
        <source>There is a quorum.</source>
        <translation>Кворум имеется.</translation>
    </message>
    <message>
        <source>There is no quorum.</source>
        <translation>Кворума нет.</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>ПОВЕСТКА ДНЯ:</translation>
    </message>
    <message>
        <source>{number}. ON THE ITEM: {item}</source>
        <translation>{number}. ПО ВОПРОСУ: {item}</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>СЛУШАЛИ:</translation>
    </message>
    <message>
        <source>SPOKE:</source>
        <translation>ВЫСТУПИЛИ:</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>РЕШИЛИ:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Responsible: {who}.</source>
        <translation>Ответственный: {who}.</translation>
    </message>
    <message>
        <source>Due: {date}.</source>
        <translation>Срок: {date}.</translation>
    </message>
    <message>
        <source>Voted: for — {yes}, against — {no}, abstained — {abstained}.</source>
        <translation>Голосовали: «за» — {yes}, «против» — {no}, «воздержались» — {abstained}.</translation>
    </message>
    <message>
        <source>The vote is not recorded.</source>
        <translation>Голосование не записано.</translation>
    </message>
    <message>
        <source>Taken into account.</source>
        <translation>Принять к сведению.</translation>
    </message>
    <message>
        <source>The protocol file must end in .pdf or .docx.</source>
        <translation>Файл протокола должен иметь расширение .pdf или .docx.</translation>
    </message>
    <message>
        <source>Preliminary data as of {date}</source>
        <translation>Предварительные данные на {date}</translation>
    </message>
    <message>
        <source>{title} — page &amp;P of &amp;N</source>
        <translation>{title} — стр. &amp;P из &amp;N</translation>
    </message>
    <message>
        <source>Inspections of the sites in {year}</source>
        <translation>Проверки площадок в {year} году</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Score, %</source>
        <translation>Оценка, %</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Открытые замечания</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Career maps</source>
        <translation>Карты карьеры</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>protocol No. {number} of {date}</source>
        <translation>протокол № {number} от {date}</translation>
    </message>
    <message>
        <source>Ambassador teams</source>
        <translation>Команды амбассадоров</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Events with the team</source>
        <translation>Мероприятия с командой</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Амбассадоры</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Roadmap measures</source>
        <translation>Мероприятия дорожной карты</translation>
    </message>
    <message>
        <source>Measures done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Measures overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Inspections in the year</source>
        <translation>Проверок за год</translation>
    </message>
    <message>
        <source>Career maps in force</source>
        <translation>Действующие карты карьеры</translation>
    </message>
    <message>
        <source>Approved career maps</source>
        <translation>Утверждённые карты карьеры</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Students in the teams</source>
        <translation>Студентов в командах</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <source>Search reports by name or recipient…</source>
        <translation>Поиск отчёта по названию или получателю…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Report parameters</source>
        <translation>Параметры отчёта</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>For</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Receives it: {who}. When: {when}.</source>
        <translation>Кому: {who}. Когда: {when}.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>— nothing to report on yet —</source>
        <translation>— пока не по чему составить —</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>There is nothing to write this report for yet.</source>
        <translation>Пока нет записей, по которым можно составить этот отчёт.</translation>
    </message>
    <message>
        <source>Writing «{title}»…</source>
        <translation>Составляется «{title}»…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Отчёт не записан</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Отправлено на печать страниц: {pages}.</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>File «{file}», sheet «{sheet}», row {row}, column {column}: {message}</source>
        <translation>Файл «{file}», лист «{sheet}», строка {row}, столбец {column}: {message}</translation>
    </message>
    <message>
        <source>File «{file}», sheet «{sheet}», row {row}: {message}</source>
        <translation>Файл «{file}», лист «{sheet}», строка {row}: {message}</translation>
    </message>
    <message>
        <source>The file answers request № {number}, which is not in this database.</source>
        <translation>Файл — ответ на запрос № {number}, которого нет в этой базе.</translation>
    </message>
    <message>
        <source>The file answers another request: № {number} «{title}», not № {chosen}.</source>
        <translation>Файл — ответ на другой запрос: № {number} «{title}», а не № {chosen}.</translation>
    </message>
    <message>
        <source>The participant with INN {inn} was not asked by request № {number}.</source>
        <translation>Участнику с ИНН {inn} запрос № {number} не направлялся.</translation>
    </message>
    <message>
        <source>The file belongs to {organization} (INN {inn}) but lies in the folder «{folder}» of another participant: it was sent by or for someone else. Put it in its own participant&apos;s folder if that is right.</source>
        <translation>Файл принадлежит участнику {organization} (ИНН {inn}), но лежит в папке «{folder}» другого участника: его прислал или заполнил кто-то другой. Если всё верно, положите его в папку своего участника.</translation>
    </message>
    <message>
        <source>No file was written for {organization} under this request.</source>
        <translation>Для участника {organization} по этому запросу файл не записывался.</translation>
    </message>
    <message>
        <source>The file was changed outside its input cells (or it is an older copy than the one last written for {organization}); it was not accepted. Write the file again or ask for the one sent.</source>
        <translation>Файл изменён вне полей ввода (или это более старая копия, чем последняя записанная для участника {organization}); файл не принят. Запишите файл заново или попросите прислать отправленный.</translation>
    </message>
    <message>
        <source>This file was already accepted on {date} by {user} (file {file}); nothing was changed.</source>
        <translation>Этот файл уже принят {date}, принял {user} (файл {file}); ничего не изменено.</translation>
    </message>
    <message>
        <source>{count} errors in the file; nothing was taken from it.</source>
        <translation>Ошибок в файле: {count}; из файла ничего не принято.</translation>
    </message>
    <message>
        <source>the cell is not an input cell and was changed: «{before}» became «{after}».</source>
        <translation>ячейка не предназначена для ввода, но изменена: было «{before}», стало «{after}».</translation>
    </message>
    <message>
        <source>the row&apos;s mark in the hidden manifest was changed.</source>
        <translation>изменена отметка строки в скрытом листе описания.</translation>
    </message>
    <message>
        <source>«{value}» is outside the table; the file&apos;s table ends at row {last} and column {column}. Delete it or move it into the table.</source>
        <translation>«{value}» — вне таблицы; таблица файла заканчивается строкой {last} и столбцом {column}. Удалите значение или перенесите его в таблицу.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Profession / specialty</source>
        <translation>Профессия / специальность</translation>
    </message>
    <message>
        <source>Admission figures (КЦП)</source>
        <translation>КЦП</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Targeted contracts</source>
        <translation>Договоры о целевом обучении</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Выпускники</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустроены</translation>
    </message>
    <message>
        <source>Admissions, graduates and employment</source>
        <translation>Приём, выпуск и трудоустройство</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Приём и выпуск</translation>
    </message>
    <message>
        <source>A code is written as 15.02.16.</source>
        <translation>Код пишется так: 15.02.16.</translation>
    </message>
    <message>
        <source>More employed ({employed}) than graduates ({graduates}).</source>
        <translation>Трудоустроенных ({employed}) больше, чем выпускников ({graduates}).</translation>
    </message>
    <message>
        <source>More targeted contracts than people admitted.</source>
        <translation>Договоров о целевом обучении больше, чем принятых.</translation>
    </message>
    <message>
        <source>The cell must be filled in.</source>
        <translation>Ячейку нужно заполнить.</translation>
    </message>
    <message>
        <source>{value} is out of range: a whole number from {low} to {high}.</source>
        <translation>{value} — вне допустимого диапазона: нужно целое число от {low} до {high}.</translation>
    </message>
    <message>
        <source>«{value}» is not a date; write it as 01.09.2024.</source>
        <translation>«{value}» — не дата; пишите так: 01.09.2024.</translation>
    </message>
    <message>
        <source>The date {date} is out of range.</source>
        <translation>Дата {date} вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>«{value}» is not in the list: {choices}.</source>
        <translation>«{value}» нет в списке: {choices}.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Текст длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>«{value}» is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why cancelled or moved</source>
        <translation>Причина отмены или переноса</translation>
    </message>
    <message>
        <source>Event results and reach by audience</source>
        <translation>Итоги мероприятий и охват по аудиториям</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>People reached are given for an event that was not held: mark it «{held}» or clear the numbers.</source>
        <translation>Охват указан для непроведённого мероприятия: отметьте «{held}» или очистите числа.</translation>
    </message>
    <message>
        <source>The event has not started yet and cannot be marked held.</source>
        <translation>Мероприятие ещё не началось, его нельзя отметить проведённым.</translation>
    </message>
    <message>
        <source>Say why the event was cancelled.</source>
        <translation>Укажите причину отмены мероприятия.</translation>
    </message>
    <message>
        <source>Site or equipment</source>
        <translation>Площадка или оборудование</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Кто пользуется</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Hours of use</source>
        <translation>Часов использования</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Обучено человек</translation>
    </message>
    <message>
        <source>Network cooperation: shared use of sites and equipment</source>
        <translation>Сетевое взаимодействие: совместное использование площадок и оборудования</translation>
    </message>
    <message>
        <source>Shared use</source>
        <translation>Совместное использование</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организация, проводившая обучение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>№ удостоверения</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата удостоверения</translation>
    </message>
    <message>
        <source>Staff trained with hours and certificates</source>
        <translation>Обучение кадров: часы и удостоверения</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение кадров</translation>
    </message>
    <message>
        <source>The course ends before it starts.</source>
        <translation>Обучение заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A certificate date is given without the certificate&apos;s number.</source>
        <translation>Дата удостоверения указана без его номера.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлен</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Returned, not accepted</source>
        <translation>Возвращён, не принят</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>{organization} (INN {inn}): request № {number} «{title}», due {due}, overdue by {days} d.</source>
        <translation>{organization} (ИНН {inn}): запрос № {number} «{title}», срок {due}, просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>Received from {organization} (file {file}, {date}, accepted by {user})</source>
        <translation>Получено от {organization} (файл {file}, {date}, принял {user})</translation>
    </message>
    <message>
        <source>Have not reported for the period (requested figures not accepted): {names}.</source>
        <translation>Не отчитались за период (запрошенные данные не приняты): {names}.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <source>The value is not allowed here; see the instructions.</source>
        <translation>Такое значение здесь недопустимо; см. лист «Инструкция».</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверьте</translation>
    </message>
    <message>
        <source>Data request № {number}: {title}</source>
        <translation>Запрос данных № {number}: {title}</translation>
    </message>
    <message>
        <source>Participant: {name}, INN {inn}</source>
        <translation>Участник: {name}, ИНН {inn}</translation>
    </message>
    <message>
        <source>What is asked: {kind}</source>
        <translation>Что запрашивается: {kind}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>Период: {start} – {end}</translation>
    </message>
    <message>
        <source>Please return the file by {date}.</source>
        <translation>Верните файл до {date}.</translation>
    </message>
    <message>
        <source>1. Open the sheet «{sheet}». Fill in the yellow cells only; the other cells are what the office already has and are locked.</source>
        <translation>1. Откройте лист «{sheet}». Заполняйте только жёлтые ячейки; остальные — то, что уже известно управляющей компании, они защищены от изменения.</translation>
    </message>
    <message>
        <source>2. Numbers are whole numbers; dates are written as 01.09.2024; where a cell offers a list, choose from it.</source>
        <translation>2. Числа — целые; даты пишутся так: 01.09.2024; если в ячейке есть список, выберите значение из него.</translation>
    </message>
    <message>
        <source>3. Do not add, delete or move rows and columns, and do not write outside the table: such a file is refused.</source>
        <translation>3. Не добавляйте, не удаляйте и не переставляйте строки и столбцы и ничего не пишите вне таблицы: такой файл не будет принят.</translation>
    </message>
    <message>
        <source>4. Save the file under the same name as .xlsx and send it back to the office. Do not copy the cells into another file: the file carries its request&apos;s marks.</source>
        <translation>4. Сохраните файл под тем же именем в формате .xlsx и отправьте его обратно в управляющую компанию. Не переносите данные в другой файл: в этом файле есть отметки запроса.</translation>
    </message>
    <message>
        <source>5. A blank yellow cell changes nothing; write 0 for none.</source>
        <translation>5. Пустая жёлтая ячейка ничего не меняет; если ничего не было, пишите 0.</translation>
    </message>
    <message>
        <source>The file is not a data request file of ClusterDesk (it has no request marks): was it copied into another workbook?</source>
        <translation>Файл не является файлом запроса данных ClusterDesk (в нём нет отметок запроса): не скопированы ли данные в другую книгу?</translation>
    </message>
    <message>
        <source>The file is not a data request file of ClusterDesk.</source>
        <translation>Файл не является файлом запроса данных ClusterDesk.</translation>
    </message>
    <message>
        <source>The file was made by another version of the request template ({version}); write the files again and send them.</source>
        <translation>Файл сделан по другой версии шаблона запроса ({version}); запишите файлы заново и отправьте их.</translation>
    </message>
    <message>
        <source>The sheet «{sheet}» is missing from the file.</source>
        <translation>В файле нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>The file&apos;s request marks are damaged.</source>
        <translation>Отметки запроса в файле повреждены.</translation>
    </message>
    <message>
        <source>Unknown kind of request «{kind}»: {known}.</source>
        <translation>Неизвестный вид запроса «{kind}»: допустимы {known}.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The due date is before the period starts.</source>
        <translation>Срок возврата раньше начала периода.</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>Слишком длинное название.</translation>
    </message>
    <message>
        <source>«{given}» is not a member of the cluster on {date}.</source>
        <translation>«{given}» не является участником кластера на {date}.</translation>
    </message>
    <message>
        <source>Choose at least one participant.</source>
        <translation>Выберите хотя бы одного участника.</translation>
    </message>
    <message>
        <source>There is no request {ref}: see «list requests».</source>
        <translation>Запроса {ref} нет: см. «list requests».</translation>
    </message>
    <message>
        <source>{organization} — request {number}</source>
        <translation>{organization} — запрос № {number}</translation>
    </message>
    <message>
        <source>There are no .xlsx files in {path}.</source>
        <translation>В {path} нет файлов .xlsx.</translation>
    </message>
    <message>
        <source>would be accepted</source>
        <translation>будет принят</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>{file}: {state}, {count} changes ({participant})</source>
        <translation>{file}: {state}, изменений: {count} ({participant})</translation>
    </message>
    <message>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: отклонён: {reason}</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что запрошено</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Accepted / asked</source>
        <translation>Принято / запрошено</translation>
    </message>
    <message>
        <source>{accepted} of {asked}</source>
        <translation>{accepted} из {asked}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>New request…</source>
        <translation>Новый запрос…</translation>
    </message>
    <message>
        <source>Write files…</source>
        <translation>Записать файлы…</translation>
    </message>
    <message>
        <source>One workbook per participant, each in a folder of its own under the folder you choose.</source>
        <translation>По книге Excel на участника, каждая в своей папке внутри выбранной папки.</translation>
    </message>
    <message>
        <source>Take back a file…</source>
        <translation>Принять файл…</translation>
    </message>
    <message>
        <source>Take back a folder…</source>
        <translation>Принять папку…</translation>
    </message>
    <message>
        <source>Reminders: files overdue</source>
        <translation>Напоминания: просроченные файлы</translation>
    </message>
    <message>
        <source>Copy the reminders</source>
        <translation>Копировать напоминания</translation>
    </message>
    <message>
        <source>The files go to a folder you choose, one sub-folder per participant; sending them is your mail program&apos;s job. A file taken back is shown first and accepted only when you say so.</source>
        <translation>Файлы записываются в выбранную папку, по папке на участника; отправляет их ваша почтовая программа. Возвращённый файл сначала показывается, а принимается только по вашей команде.</translation>
    </message>
    <message>
        <source>{requests} requests; files overdue: {overdue}.</source>
        <translation>Запросов: {requests}; просрочено файлов: {overdue}.</translation>
    </message>
    <message>
        <source>The requests could not be read: {error}</source>
        <translation>Не удалось прочитать запросы: {error}</translation>
    </message>
    <message>
        <source>Request № {number}: {title}</source>
        <translation>Запрос № {number}: {title}</translation>
    </message>
    <message>
        <source>Reading the participants…</source>
        <translation>Чтение списка участников…</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>Запросы данных</translation>
    </message>
    <message>
        <source>Request № {number} created.</source>
        <translation>Запрос № {number} создан.</translation>
    </message>
    <message>
        <source>Folder for the request&apos;s files</source>
        <translation>Папка для файлов запроса</translation>
    </message>
    <message>
        <source>{count} files written to {path}</source>
        <translation>Записано файлов: {count}, папка {path}</translation>
    </message>
    <message>
        <source>Write files</source>
        <translation>Запись файлов</translation>
    </message>
    <message>
        <source>Written {done} of {total}</source>
        <translation>Записано {done} из {total}</translation>
    </message>
    <message>
        <source>Take back a file</source>
        <translation>Принять файл</translation>
    </message>
    <message>
        <source>Take back a folder</source>
        <translation>Принять папку</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Приём файлов</translation>
    </message>
    <message>
        <source>{accepted} files accepted, {refused} refused.</source>
        <translation>Принято файлов: {accepted}, отклонено: {refused}.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions of the plan</source>
        <translation>Редакции плана</translation>
    </message>
    <message>
        <source>No revisions: the plan is as it was approved.</source>
        <translation>Редакций нет: план в утверждённом виде.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>Give the date the item was done.</source>
        <translation>Укажите дату выполнения.</translation>
    </message>
    <message>
        <source>A standard stage cannot be deleted; mark it cancelled.</source>
        <translation>Обязательный этап удалить нельзя; отметьте его как отменённый.</translation>
    </message>
    <message>
        <source>This roadmap item no longer exists.</source>
        <translation>Этого мероприятия дорожной карты уже нет.</translation>
    </message>
</context>
<context>
    <name>RoadmapDialog</name>
    <message>
        <source>Edit roadmap item</source>
        <translation>Изменение мероприятия дорожной карты</translation>
    </message>
    <message>
        <source>New roadmap item</source>
        <translation>Новое мероприятие дорожной карты</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Item *</source>
        <translation>Мероприятие *</translation>
    </message>
    <message>
        <source>Standard stage {number} of the roadmap: its wording is fixed.</source>
        <translation>Обязательный этап {number} дорожной карты: формулировка не меняется.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Responsible organization</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>e.g. protocol no. 3 of 15.04.2026</source>
        <translation>например, протокол № 3 от 15.04.2026</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Save attached file…</source>
        <translation>Сохранить приложенный файл…</translation>
    </message>
    <message>
        <source>Export control list…</source>
        <translation>Контрольный лист…</translation>
    </message>
    <message>
        <source>★ — a standard stage of the roadmap; overdue items are red.</source>
        <translation>★ — обязательный этап дорожной карты; просроченные мероприятия выделены красным.</translation>
    </message>
    <message>
        <source>The roadmap has no items yet.</source>
        <translation>В дорожной карте пока нет ни одного мероприятия.</translation>
    </message>
    <message>
        <source>Add the first item</source>
        <translation>Добавить первое мероприятие</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <source>Delete roadmap item</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete «{name}» from the roadmap?</source>
        <translation>Удалить «{name}» из дорожной карты?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
    <message>
        <source>Attach an evidence file</source>
        <translation>Приложить подтверждающий файл</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Файл не приложен</translation>
    </message>
    <message>
        <source>Attached: {name}</source>
        <translation>Приложен файл: {name}</translation>
    </message>
    <message>
        <source>Save attached file</source>
        <translation>Сохранение приложенного файла</translation>
    </message>
    <message>
        <source>No file is attached to this item.</source>
        <translation>К этому мероприятию файл не приложен.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Файл сохранён: {path}</translation>
    </message>
    <message>
        <source>Export the roadmap control list</source>
        <translation>Выгрузка контрольного листа</translation>
    </message>
    <message>
        <source>roadmap-control-list.xlsx</source>
        <translation>контрольный-лист.xlsx</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не выгружено</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RoadmapTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <source>Standard stage {number} of the roadmap</source>
        <translation>Обязательный этап {number} дорожной карты</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Орган власти</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Вуз</translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation>Иной партнёр</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Someone else changed this record while you were editing it. Your changes were not saved: reopen the record and enter them again.</source>
        <extracomment>held while the database file is replaced (a restore): the automatic backup, which may fire from a timer meanwhile, skips its turn instead of holding the file open</extracomment>
        <translation>Пока вы редактировали запись, её изменил другой пользователь. Ваши изменения не сохранены: откройте запись заново и внесите их ещё раз.</translation>
    </message>
    <message>
        <source>The change clashes with data already stored: {detail}</source>
        <translation>Изменение противоречит уже сохранённым данным: {detail}</translation>
    </message>
    <message>
        <source>The database server {host} cannot be reached: {reason}</source>
        <translation>Сервер базы данных {host} недоступен: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>SharedUseTab</name>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Site or equipment *</source>
        <translation>Площадка или оборудование *</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>New shared use</source>
        <translation>Новое совместное использование</translation>
    </message>
    <message>
        <source>No shared use of sites or equipment is recorded yet.</source>
        <translation>Пока не внесено ни одной записи о совместном использовании площадок и оборудования.</translation>
    </message>
    <message>
        <source>Add the first shared use</source>
        <translation>Добавить первую запись о совместном использовании</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Изменение площадки</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Новая площадка</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>e.g. College site: training and production building</source>
        <translation>например, Площадка колледжа: учебно-производственный корпус</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>This workshop no longer exists.</source>
        <translation>Этой мастерской уже нет.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>Расходные материалы</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Мебель</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Программное обеспечение</translation>
    </message>
    <message>
        <source>Labour safety</source>
        <translation>Охрана труда</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Установлено</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Введено в эксплуатацию</translation>
    </message>
    <message>
        <source>Choose the kind of item.</source>
        <translation>Выберите вид позиции.</translation>
    </message>
    <message>
        <source>Choose the stage of the item.</source>
        <translation>Выберите этап позиции.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The dates go in order: ordered, delivered, installed, commissioned.</source>
        <translation>Даты идут по порядку: заказ, поставка, установка, ввод в эксплуатацию.</translation>
    </message>
    <message>
        <source>A percentage from 0 to 100.</source>
        <translation>Процент от 0 до 100.</translation>
    </message>
    <message>
        <source>protocol No. {number}</source>
        <extracomment>(approval subject, the data&apos;s prefix): a design project, an equipment list</extracomment>
        <translation>протокол № {number}</translation>
    </message>
    <message>
        <source>Choose the site.</source>
        <translation>Выберите площадку.</translation>
    </message>
    <message>
        <source>Several workshops are called «{name}»: give the id.</source>
        <translation>Мастерских с названием «{name}» несколько: укажите id.</translation>
    </message>
    <message>
        <source>There is no workshop «{name}».</source>
        <translation>Мастерской «{name}» нет.</translation>
    </message>
    <message>
        <source>Choose the workshop.</source>
        <translation>Выберите мастерскую.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Этой позиции уже нет.</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Этой площадки уже нет.</translation>
    </message>
    <message>
        <source>There is no contract no. {number} in the register: add it in «Grant and procurement» first, or correct the number.</source>
        <translation>Контракта № {number} нет в реестре: сначала добавьте его в разделе «Грант и закупки» или исправьте номер.</translation>
    </message>
    <message>
        <source>Several contracts have the number {number}: choose the item&apos;s contract in its window.</source>
        <translation>Номер {number} есть у нескольких контрактов: выберите контракт позиции в её окне.</translation>
    </message>
    <message>
        <source>This contract no longer exists: choose another one.</source>
        <translation>Этого контракта больше нет: выберите другой.</translation>
    </message>
    <message>
        <source>The date is before contract no. {number} was signed ({signed}): an item cannot be delivered before its contract.</source>
        <translation>Дата раньше заключения контракта № {number} ({signed}): позиция не может быть поставлена раньше своего контракта.</translation>
    </message>
    <message>
        <source>Nothing is accepted under contract no. {number} yet: record the acceptance document in «Grant and procurement» before marking the item delivered.</source>
        <translation>По контракту № {number} ещё ничего не принято: внесите документ о приёмке в разделе «Грант и закупки», прежде чем отмечать позицию поставленной.</translation>
    </message>
    <message>
        <source>{date}, «{inspection}» ({site}): {question} — {answer}</source>
        <translation>{date}, «{inspection}» ({site}): {question} — {answer}</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites and workshops</source>
        <translation>Площадки и мастерские</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Добавить площадку</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation>Добавить мастерскую</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Print the readiness map…</source>
        <translation>Печать карты готовности…</translation>
    </message>
    <message>
        <source>Choose a workshop to see its infrastructure list.</source>
        <translation>Выберите мастерскую, чтобы увидеть её инфраструктурный лист.</translation>
    </message>
    <message>
        <source>There are no sites yet.</source>
        <translation>Пока нет ни одной площадки.</translation>
    </message>
    <message>
        <source>Add the first site</source>
        <translation>Добавить первую площадку</translation>
    </message>
    <message>
        <source>Workshops and infrastructure lists</source>
        <translation>Мастерские и инфраструктурные листы</translation>
    </message>
    <message>
        <source>Readiness map</source>
        <translation>Карта готовности</translation>
    </message>
    <message>
        <source>Kinds of work in the cluster: {count}. The grant rules ask for at least {min}.</source>
        <translation>Видов работ в кластере: {count}. По правилам гранта их должно быть не меньше {min}.</translation>
    </message>
    <message>
        <source>Add a site first: a workshop belongs to a site.</source>
        <translation>Сначала добавьте площадку: мастерская относится к площадке.</translation>
    </message>
    <message>
        <source>Delete the site «{name}» with its workshops ({count}) and their infrastructure lists?</source>
        <translation>Удалить площадку «{name}» вместе с мастерскими ({count}) и их инфраструктурными листами?</translation>
    </message>
    <message>
        <source>Delete the workshop «{name}» with its infrastructure list?</source>
        <translation>Удалить мастерскую «{name}» вместе с её инфраструктурным листом?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Deleted: {name}</source>
        <translation>Удалено: {name}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit funding source</source>
        <translation>Изменение источника финансирования</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>Новый источник финансирования</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Вид *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>e.g. Federal grant 2026</source>
        <translation>например, Федеральный грант 2026</translation>
    </message>
    <message>
        <source>Year *</source>
        <translation>Год *</translation>
    </message>
    <message>
        <source>Amount, RUB *</source>
        <translation>Сумма, ₽ *</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>SpendingModel</name>
    <message>
        <source>Source / budget line</source>
        <translation>Источник / статья</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Законтр.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>k RUB</source>
        <translation>тыс. ₽</translation>
    </message>
    <message>
        <source>RUB</source>
        <translation>₽</translation>
    </message>
    <message>
        <source>Overdue deliveries: {count}</source>
        <translation>Просрочено поставок: {count}</translation>
    </message>
    <message>
        <source>Double-click to see its procedures and contracts.</source>
        <translation>Двойной щелчок — процедуры и контракты по статье.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Break the lock now? Only an administrator can, and it is recorded.</source>
        <translation>Снять блокировку сейчас? Это может сделать только администратор, действие записывается в журнал.</translation>
    </message>
    <message>
        <source>Restore the newest good backup now? The damaged file is kept beside the backups.</source>
        <translation>Восстановить последнюю исправную копию сейчас? Повреждённый файл сохранится рядом с резервными копиями.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>{as_of} · opening the database…</source>
        <translation>{as_of} · открывается база данных…</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Добавить ступень</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Job titles *</source>
        <translation>Должности *</translation>
    </message>
    <message>
        <source>One title a line</source>
        <translation>По одной должности в строке</translation>
    </message>
    <message>
        <source>Kinds of work</source>
        <translation>Виды работ</translation>
    </message>
    <message>
        <source>To reach the next step</source>
        <translation>Чтобы подняться выше</translation>
    </message>
    <message>
        <source>Training, experience, qualification</source>
        <translation>Обучение, опыт, квалификация</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>средн.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>Salary a month</source>
        <translation>Зарплата в месяц</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>следующая ступень</translation>
    </message>
    <message>
        <source>For a fork in the ladder: the numbers of the later steps this one leads to, e.g. 3, 4. Blank: the next step.</source>
        <translation>Для развилки лестницы: номера следующих ступеней, к которым ведёт эта, например 3, 4. Пусто — следующая ступень.</translation>
    </message>
    <message>
        <source>Leads to steps</source>
        <translation>Ведёт к ступеням</translation>
    </message>
    <message>
        <source>No steps yet: «Add step» starts the ladder from the graduate&apos;s first job.</source>
        <translation>Ступеней пока нет: «Добавить ступень» начинает лестницу с первой работы выпускника.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Monthly forms handed in</source>
        <translation>Сданные формы мониторинга</translation>
    </message>
    <message>
        <source>Hand in the form…</source>
        <translation>Сдать форму…</translation>
    </message>
    <message>
        <source>Handing in the form needs the right to submit monitoring forms.</source>
        <translation>Чтобы сдать форму, нужно право сдавать формы мониторинга.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>In the form handed in</source>
        <translation>В сданной форме</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Сдана</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Changed since the form was handed in:</source>
        <translation>Изменилось после сдачи формы:</translation>
    </message>
    <message>
        <source>Forms handed in:</source>
        <translation>Сданные формы:</translation>
    </message>
    <message>
        <source>Comparing with the form handed in…</source>
        <translation>Сравниваем со сданной формой…</translation>
    </message>
    <message>
        <source>The form for {month} has not been handed in yet.</source>
        <translation>Форма за {month} ещё не сдана.</translation>
    </message>
    <message>
        <source>The form for {month} was handed in {when} ({who}); {count} figures changed since then: hand it in again or explain the changes.</source>
        <translation>Форма за {month} сдана {when} ({who}); после этого изменилось цифр: {count}. Сдайте форму заново или поясните изменения.</translation>
    </message>
    <message>
        <source>The form for {month} was handed in {when} ({who}); nothing changed since.</source>
        <translation>Форма за {month} сдана {when} ({who}); с тех пор ничего не изменилось.</translation>
    </message>
    <message>
        <source>Hand in the form</source>
        <translation>Сдать форму</translation>
    </message>
    <message>
        <source>Hand in the monitoring form for {month}? Its figures are kept as the ones sent; later changes will be shown against them.</source>
        <translation>Сдать форму мониторинга за {month}? Её цифры сохранятся как отправленные; последующие изменения будут показаны относительно них.</translation>
    </message>
    <message>
        <source>Save the form handed in</source>
        <translation>Сохранить сданную форму</translation>
    </message>
    <message>
        <source>monitoring-form-{month}.xlsx</source>
        <translation>форма-мониторинга-{month}.xlsx</translation>
    </message>
    <message>
        <source>Handing in the form…</source>
        <translation>Сдаём форму…</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Форма не сдана</translation>
    </message>
    <message>
        <source>Handed in: {workbook} and {pdf}.</source>
        <translation>Сдано: {workbook} и {pdf}.</translation>
    </message>
</context>
<context>
    <name>TakeDialog</name>
    <message>
        <source>Files taken back: preview</source>
        <translation>Возвращённые файлы: предварительный просмотр</translation>
    </message>
    <message>
        <source>{good} of {all} files can be accepted; nothing is changed until you press «Accept».</source>
        <translation>Можно принять {good} из {all} файлов; ничего не меняется, пока вы не нажмёте «Принять».</translation>
    </message>
    <message>
        <source>File / record</source>
        <translation>Файл / запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>can be accepted: {count} changes</source>
        <translation>можно принять: изменений {count}</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>отклонён: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>{actual} so far; no baseline entered (goal {goal} %)</source>
        <translation>Пока {actual}; базовое значение не введено (цель {goal}&#xa0;%)</translation>
    </message>
    <message>
        <source>Reached {actual} of {base} ({percent}), goal {goal} %</source>
        <translation>Охвачено {actual} из {base} ({percent}), цель {goal}&#xa0;%</translation>
    </message>
    <message>
        <source>Admitted {actual} of {base} planned ({percent}), goal {goal} %</source>
        <translation>Принято {actual} из {base} по КЦП ({percent}), цель {goal}&#xa0;%</translation>
    </message>
    <message>
        <source>Involved {actual} of {base} ({percent}), goal {goal} %</source>
        <translation>Вовлечено {actual} из {base} ({percent}), цель {goal}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation>Изменение команды</translation>
    </message>
    <message>
        <source>New ambassador team</source>
        <translation>Новая команда амбассадоров</translation>
    </message>
    <message>
        <source>Team name *</source>
        <translation>Название команды *</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Curator *</source>
        <translation>Куратор *</translation>
    </message>
    <message>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Curator&apos;s post</source>
        <translation>Должность куратора</translation>
    </message>
    <message>
        <source>e.g. teacher of special subjects</source>
        <translation>например, преподаватель спецдисциплин</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Добавить студента</translation>
    </message>
    <message>
        <source>Remove student</source>
        <translation>Убрать студента</translation>
    </message>
    <message>
        <source>Students (4 to 7)</source>
        <translation>Студенты (от 4 до 7)</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студентов</translation>
    </message>
    <message>
        <source>Events run</source>
        <translation>Провела мероприятий</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New checklist</source>
        <translation>Новый чек-лист</translation>
    </message>
    <message>
        <source>Checklist: edit</source>
        <translation>Чек-лист: изменение</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>Inspections find this checklist by its kind, so the kind stays.</source>
        <translation>Проверки находят этот чек-лист по его виду, поэтому вид не меняется.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Inspections made with revision {revision}: {count}. Saving makes revision {next}; those inspections keep revision {revision}.</source>
        <translation>Проверок по редакции {revision}: {count}. При сохранении будет создана редакция {next}; эти проверки сохранят редакцию {revision}.</translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation>Раздел / пункт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Add a section, then its items. Choose a section or an item in the list to edit it.</source>
        <translation>Добавьте раздел, затем его пункты. Чтобы изменить раздел или пункт, выберите его в списке.</translation>
    </message>
    <message>
        <source>Section title *</source>
        <translation>Название раздела *</translation>
    </message>
    <message>
        <source>What the inspector checks</source>
        <translation>Что проверяет проверяющий</translation>
    </message>
    <message>
        <source>One option a line, at least two</source>
        <translation>По одному варианту в строке, не меньше двух</translation>
    </message>
    <message>
        <source>How much the item counts in the score: 0 to 100.</source>
        <translation>Насколько пункт важен для оценки: от 0 до 100.</translation>
    </message>
    <message>
        <source>A «no» is a critical finding</source>
        <translation>Ответ «нет» — критичное замечание</translation>
    </message>
    <message>
        <source>How to check, what counts as a «yes»</source>
        <translation>Как проверять, что считать ответом «да»</translation>
    </message>
    <message>
        <source>Item *</source>
        <translation>Пункт *</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>Remove the section</source>
        <translation>Удаление раздела</translation>
    </message>
    <message>
        <source>Remove the section «{title}» with its items: {count}?</source>
        <translation>Удалить раздел «{title}» вместе с пунктами ({count})?</translation>
    </message>
    <message>
        <source>A new revision {new} of the checklist was made; inspections done keep revision {old}.</source>
        <translation>Создана новая редакция чек-листа — {new}; проведённые проверки сохраняют редакцию {old}.</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Title *</source>
        <translation>Название *</translation>
    </message>
    <message>
        <source>What it gives the graduate</source>
        <translation>Что это даёт выпускнику</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ToolsEditor</name>
    <message>
        <source>Add tool</source>
        <translation>Добавить инструмент</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Teacher</source>
        <extracomment>The standard length of each category&apos;s programme (seed 003: 144 academic hours for teachers, masters and methodologists, 252 for people from industry). A course shorter than its category&apos;s standard is kept but does not count toward the training indicators. Management teams train by modules and tracks: no standard, any certified course counts.</extracomment>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Master of vocational training</source>
        <translation>Мастер производственного обучения</translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Specialist from industry</source>
        <translation>Специалист с производства</translation>
    </message>
    <message>
        <source>Management team</source>
        <translation>Управленческая команда</translation>
    </message>
    <message>
        <source>Choose who is trained.</source>
        <translation>Выберите категорию слушателя.</translation>
    </message>
    <message>
        <source>Give the length of the programme in hours.</source>
        <translation>Укажите объём программы в часах.</translation>
    </message>
    <message>
        <source>The course cannot end before it starts.</source>
        <translation>Обучение не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>A certificate is issued at the end of the course: give the end date.</source>
        <translation>Удостоверение выдаётся по окончании обучения: укажите дату окончания.</translation>
    </message>
    <message>
        <source>The certificate is dated before the end of the course.</source>
        <translation>Дата удостоверения раньше окончания обучения.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Год должен быть от 2000 до 2100.</translation>
    </message>
    <message>
        <source>A whole number of people from 0 to 1,000,000.</source>
        <translation>Целое число человек от 0 до 1 000 000.</translation>
    </message>
    <message>
        <source>More graduates employed than graduated.</source>
        <translation>Трудоустроенных больше, чем выпускников.</translation>
    </message>
    <message>
        <source>More targeted-training contracts than students admitted.</source>
        <translation>Договоров о целевом обучении больше, чем принято студентов.</translation>
    </message>
    <message>
        <source>Unknown training category.</source>
        <translation>Неизвестная категория обучения.</translation>
    </message>
    <message>
        <source>The standard is a whole number of hours from 1 to {most}.</source>
        <translation>Норматив — целое число часов от 1 до {most}.</translation>
    </message>
    <message>
        <source>This profession already has figures for the year and the college.</source>
        <translation>По этой профессии уже есть данные за этот год и колледж.</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>Этой записи больше нет: её кто-то удалил.</translation>
    </message>
</context>
<context>
    <name>TrainingStandards</name>
    <message>
        <source>Training standards (academic hours)</source>
        <translation>Нормативы обучения кадров (академические часы)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>A course shorter than its category&apos;s standard is kept but does not count toward the training indicators. These values are stored in the database: they apply on every computer and in every report.</source>
        <translation>Курс короче норматива своей категории сохраняется, но в показатели обучения не засчитывается. Нормативы хранятся в базе данных: они действуют на всех компьютерах и во всех отчётах.</translation>
    </message>
    <message>
        <source>Save standards</source>
        <translation>Сохранить нормативы</translation>
    </message>
    <message>
        <source>Training standards</source>
        <translation>Нормативы обучения</translation>
    </message>
    <message>
        <source>Saved: the indicators count by the new standards.</source>
        <translation>Сохранено: показатели считаются по новым нормативам.</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Less than {hours} h — not counted in the indicator</source>
        <extracomment>A course shorter than its category&apos;s standard: kept, shown greyed, not counted.</extracomment>
        <translation>меньше {hours} ч — не засчитывается в показатель</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <source>Who is trained</source>
        <translation>Категория обучаемого</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Programme *</source>
        <translation>Программа *</translation>
    </message>
    <message>
        <source>Hours *</source>
        <translation>Часов *</translation>
    </message>
    <message>
        <source>Module or track</source>
        <translation>Модуль или трек</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор обучения</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>№ удостоверения</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата удостоверения</translation>
    </message>
    <message>
        <source>New training record</source>
        <translation>Новая запись об обучении</translation>
    </message>
    <message>
        <source>No staff training is recorded yet.</source>
        <translation>Пока не внесено ни одной записи об обучении.</translation>
    </message>
    <message>
        <source>Add the first training record</source>
        <translation>Добавить первую запись об обучении</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A 15-digit OGRN belongs to an individual, not to a 10-digit INN.</source>
        <extracomment>Words that make a free-text reason for leaving an exclusion (Russian and English).</extracomment>
        <translation>15-значный ОГРН присваивается индивидуальному предпринимателю и не сочетается с 10-значным ИНН.</translation>
    </message>
    <message>
        <source>The participant cannot leave before the council decided to exclude it.</source>
        <translation>Участник не может выйти раньше решения совета о его исключении.</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s role.</source>
        <translation>Выберите роль участника.</translation>
    </message>
    <message>
        <source>The date of leaving is earlier than the date of joining.</source>
        <translation>Дата выхода раньше даты вступления.</translation>
    </message>
    <message>
        <source>Choose how the participant left.</source>
        <translation>Выберите, как участник вышел из кластера.</translation>
    </message>
    <message>
        <source>Give the date the participant left.</source>
        <translation>Укажите дату выхода участника.</translation>
    </message>
    <message>
        <source>Say why the participant left: exclusion needs the council&apos;s decision.</source>
        <translation>Укажите причину выхода участника: для исключения нужно решение совета.</translation>
    </message>
    <message>
        <source>An organization can have only one current membership.</source>
        <translation>У организации может быть только один действующий период участия.</translation>
    </message>
    <message>
        <source>The periods of membership overlap: an organization is a participant once at a time. End the earlier membership before the later one begins.</source>
        <translation>Периоды участия пересекаются: организация может быть участником только один раз в одно время. Завершите прежнее участие до начала следующего.</translation>
    </message>
    <message>
        <source>A participant is excluded only by a decision of the coordination council: choose the decision.</source>
        <translation>Участник исключается только решением координационного совета: выберите решение.</translation>
    </message>
    <message>
        <source>An exclusion decision belongs to a membership that ended by exclusion.</source>
        <translation>Решение об исключении указывается только для членства, прекращённого исключением.</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>Этого решения больше нет.</translation>
    </message>
    <message>
        <source>The decision is not about admitting or excluding this participant.</source>
        <translation>Решение не касается приёма или исключения этого участника.</translation>
    </message>
    <message>
        <source>INN must contain digits only.</source>
        <translation>ИНН должен состоять только из цифр.</translation>
    </message>
    <message>
        <source>INN must have 10 digits (organization) or 12 digits (individual); this one has {count}.</source>
        <translation>ИНН должен содержать 10 цифр (организация) или 12 цифр (физическое лицо); введено цифр: {count}.</translation>
    </message>
    <message>
        <source>INN check digit failed: the 10th digit should be {expected}, not {actual}. Check the number against the organization&apos;s documents.</source>
        <translation>Контрольная цифра ИНН не сходится: 10-я цифра должна быть {expected}, а не {actual}. Сверьте номер с документами организации.</translation>
    </message>
    <message>
        <source>INN check digit failed: the {position}th digit should be {expected}, not {actual}.</source>
        <translation>Контрольная цифра ИНН не сходится: {position}-я цифра должна быть {expected}, а не {actual}.</translation>
    </message>
    <message>
        <source>OGRN must contain digits only.</source>
        <translation>ОГРН должен состоять только из цифр.</translation>
    </message>
    <message>
        <source>OGRN must have 13 digits (organization) or 15 digits (individual entrepreneur); this one has {count}.</source>
        <translation>ОГРН должен содержать 13 цифр (организация) или 15 цифр (индивидуальный предприниматель); введено цифр: {count}.</translation>
    </message>
    <message>
        <source>OGRN check digit failed: the last digit should be {expected}, not {actual}.</source>
        <translation>Контрольная цифра ОГРН не сходится: последняя цифра должна быть {expected}, а не {actual}.</translation>
    </message>
    <message>
        <source>OGRN cannot start with {digit}: check the first digit.</source>
        <translation>ОГРН не может начинаться с цифры {digit}: проверьте первую цифру.</translation>
    </message>
    <message>
        <source>KPP must have 9 characters: 4 digits, 2 digits or Latin capitals, 3 digits.</source>
        <translation>КПП должен содержать 9 символов: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>«{value}» is not a date; write it as 01.09.2024.</source>
        <translation>«{value}» — не дата; введите дату в формате 01.09.2024.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Слишком длинное значение: максимум символов — {limit}.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 1 234,50.</source>
        <translation>Введите число, например 1 234,50.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Indicator for {year}</source>
        <translation>Показатель за {year} год</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Source of the actual</source>
        <translation>Источник фактического значения</translation>
    </message>
    <message>
        <source>e.g. report of the college, letter No. …</source>
        <translation>например, отчёт колледжа, письмо № …</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>This indicator is computed from the data in ClusterDesk: only its target is entered.</source>
        <translation>Этот показатель рассчитывается по данным ClusterDesk: вводится только плановое значение.</translation>
    </message>
    <message>
        <source>An actual needs its source: where the figure comes from.</source>
        <translation>Для фактического значения укажите источник — откуда взята цифра.</translation>
    </message>
    <message>
        <source>Write a number, e.g. 12 or 98,5.</source>
        <translation>Введите число, например 12 или 98,5.</translation>
    </message>
</context>
<context>
    <name>WeekAgenda</name>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>мероприятий нет</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Изменение мастерской</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новая мастерская</translation>
    </message>
    <message>
        <source>Site *</source>
        <translation>Площадка *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <source>e.g. Welding technologies workshop</source>
        <translation>например, Мастерская сварочных технологий</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Вид работ</translation>
    </message>
    <message>
        <source>e.g. Welding technologies</source>
        <translation>например, Сварочные технологии</translation>
    </message>
    <message>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <source>e.g. 96,5</source>
        <translation>например, 96,5</translation>
    </message>
    <message>
        <source>Room requirements</source>
        <translation>Требования к помещению</translation>
    </message>
    <message>
        <source>Repairs done</source>
        <translation>Ремонт выполнен</translation>
    </message>
    <message>
        <source>Brand book compliance</source>
        <translation>Соответствие брендбуку</translation>
    </message>
    <message>
        <source>Design project approval</source>
        <translation>Согласование дизайн-проекта</translation>
    </message>
    <message>
        <source>Council&apos;s decision</source>
        <translation>Решение совета</translation>
    </message>
    <message>
        <source>Equipment list approval</source>
        <translation>Согласование перечня оборудования</translation>
    </message>
    <message>
        <source>Typed before the register (no decision): {text}</source>
        <translation>Набрано до ведения реестра (решения нет): {text}</translation>
    </message>
    <message>
        <source>— not approved yet —</source>
        <translation>— ещё не утверждено —</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
</context>
<context>
    <name>_ContractChildDialog</name>
    <message>
        <source>Contract *</source>
        <translation>Контракт *</translation>
    </message>
    <message>
        <source>Sum {amount}; accepted {accepted}; paid {paid}</source>
        <translation>Сумма {amount}; принято {accepted}; оплачено {paid}</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Выберите контракт.</translation>
    </message>
</context>
</TS>
