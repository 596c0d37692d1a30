import { Link } from 'react-router';

export interface Task {
  id: string;
  title: string;
  href: string;
  summary?: string;
  status: string;
  complete?: boolean;
}

/** The design system's task list: what someone has to do, with each task's status. */
export function TaskList({ id, tasks }: { id: string; tasks: Task[] }) {
  return (
    <ul className="ds_task-list" aria-labelledby={`${id}-heading`}>
      {tasks.map((task) => (
        <li className="ds_task-list__task" key={task.id}>
          <div className="ds_task-list__task-details">
            <h3 className="ds_task-list__task-heading">
              <Link to={task.href} className="ds_task-list__task-link" aria-describedby={`${task.id}-status`}>
                {task.title}
              </Link>
            </h3>
            {task.summary && <p className="ds_task-list__task-summary">{task.summary}</p>}
          </div>
          <strong
            className={`ds_tag ds_task-list__task-status${task.complete ? ' ds_task-list__task-status--complete' : ''}`}
            id={`${task.id}-status`}
          >
            {task.status}
          </strong>
        </li>
      ))}
    </ul>
  );
}
